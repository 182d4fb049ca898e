using System.ComponentModel.DataAnnotations;

namespace HalloBot.Web.Infrastructure.Security;

/// <summary><c>HalloBot:Security</c>: what the content security policy allows beyond the site's own origin, and cookie security.</summary>
public sealed class SecurityOptions : IValidatableObject
{
    public const string Section = "HalloBot:Security";

    /// <summary>
    /// Further origins images may come from, e.g. the map's tile server (<c>https://tile.example.org</c>).
    /// Each must be an https origin: scheme and host (a leading <c>*.</c> allowed), an optional port, nothing else.
    /// </summary>
    public IList<string> ImageSources { get; } = [];

    /// <summary>
    /// Marks every cookie <c>Secure</c>, even one set on a plain-http request. Left empty it is on outside the
    /// Development and Testing environments (which run over plain http on this machine); where it is off, cookies
    /// set on an https request are still Secure.
    /// </summary>
    public bool? CookiesAlwaysSecure { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < ImageSources.Count; i++)
        {
            if (!IsHttpsOrigin(ImageSources[i]))
            {
                yield return new ValidationResult(
                    $"{Section}:ImageSources:{i} is '{ImageSources[i]}'; it must be an https origin such as 'https://tile.example.org' (no path, query or spaces).",
                    [nameof(ImageSources)]);
            }
        }
    }

    private static bool IsHttpsOrigin(string source)
    {
        if (string.IsNullOrWhiteSpace(source) || source.Any(c => char.IsWhiteSpace(c) || c is ';' or ',' or '\'' or '"'))
        {
            return false;
        }

        // "https://*.tile.example.org" is a valid CSP source but no valid URI: check it with the wildcard replaced.
        var candidate = source.Replace("https://*.", "https://wildcard.", StringComparison.Ordinal);
        return Uri.TryCreate(candidate, UriKind.Absolute, out var uri)
               && uri.Scheme == Uri.UriSchemeHttps
               && string.IsNullOrEmpty(uri.UserInfo)
               && uri.PathAndQuery == "/"
               && string.IsNullOrEmpty(uri.Fragment)
               && !source.EndsWith('/');
    }
}
