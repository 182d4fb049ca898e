namespace HalloBot.Search.Elasticsearch;

/// <summary>
/// Where the Elasticsearch cluster is and how to sign in (<c>HalloBot:Search:Elasticsearch</c>). Credentials come from
/// configuration or the environment (<c>HalloBot__Search__Elasticsearch__ApiKey</c>), never from the repository.
/// </summary>
public sealed class ElasticsearchOptions
{
    public const string SectionName = "HalloBot:Search:Elasticsearch";
    public const string DefaultAlias = "hallobot-listings";

    public Uri? Url { get; set; }

    /// <summary>An API key (the base64 "id:key" form Elasticsearch hands out); wins over user name and password.</summary>
    public string? ApiKey { get; set; }

    public string? Username { get; set; }
    public string? Password { get; set; }

    /// <summary>The alias searches and writes go through; each rebuild creates <c>{alias}-{timestamp}</c> behind it.</summary>
    public string IndexAlias { get; set; } = DefaultAlias;

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the list of districts, categories and distinct opening hours is reused before it is read again.
    /// Changes made through this instance clear it at once; this bounds how late other instances' changes are seen.
    /// </summary>
    public TimeSpan CatalogLifetime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Throws with a message naming the setting when the options cannot work.</summary>
    public void Validate()
    {
        if (Url is null || !Url.IsAbsoluteUri || (Url.Scheme != Uri.UriSchemeHttp && Url.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException($"{SectionName}:Url must be an absolute http or https address of the Elasticsearch cluster (it is '{Url}').");
        }

        // Elasticsearch index and alias names: lower case, no spaces or \ / * ? " < > | , #, not starting with - _ +.
        if (string.IsNullOrWhiteSpace(IndexAlias)
            || IndexAlias.Any(char.IsUpper)
            || IndexAlias.IndexOfAny([' ', '\\', '/', '*', '?', '"', '<', '>', '|', ',', '#', ':']) >= 0
            || IndexAlias[0] is '-' or '_' or '+'
            || IndexAlias.Length > 200)
        {
            throw new InvalidOperationException($"{SectionName}:IndexAlias '{IndexAlias}' is not a valid Elasticsearch alias (lower case, no spaces or \\ / * ? \" < > | , # :, not starting with - _ +).");
        }

        if (ApiKey is null && (Username is null) != (Password is null))
        {
            throw new InvalidOperationException($"{SectionName}: Username and Password must be given together.");
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{SectionName}:RequestTimeout must be positive.");
        }
    }
}
