using System.Net;
using System.Text.Json;

namespace HalloBot.IntegrationTests.OpenData;

public sealed class DcatDescriptionTests(DefaultOpenDataApp app) : IClassFixture<DefaultOpenDataApp>
{
    private const string Dcat = "http://www.w3.org/ns/dcat#";
    private const string Dct = "http://purl.org/dc/terms/";
    private const string DcatDe = "http://dcat-ap.de/def/dcatde/";
    private const string Foaf = "http://xmlns.com/foaf/0.1/";

    [Fact]
    public async Task DcatJsonLd_Served_DescribesTheDatasetWithTheRequiredDcatApDeProperties()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri("/api/v1/export/dcat.jsonld", UriKind.Relative));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var dataset = JsonLdNode.Read(document.RootElement);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Dcat + "Dataset", dataset.Type);
        Assert.Equal("Hallo-Bot Unternehmensverzeichnis Bottrop", dataset.Value(Dct + "title"));
        Assert.False(string.IsNullOrWhiteSpace(dataset.Value(Dct + "description")));
        Assert.Equal("http://publications.europa.eu/resource/authority/data-theme/ECON", dataset.Id(Dcat + "theme"));
        Assert.Equal("http://dcat-ap.de/def/politicalGeocoding/municipalityKey/05512000", dataset.Id(Dct + "spatial"));
        Assert.Equal("http://dcat-ap.de/def/politicalGeocoding/municipalityKey/05512000", dataset.Id(DcatDe + "politicalGeocodingURI"));
        Assert.Equal("http://dcat-ap.de/def/contributors/openNRW", dataset.Id(DcatDe + "contributorID"));
        Assert.Equal("2026-05-01T09:30:00Z", dataset.Value(Dct + "modified"));
        var publisher = dataset.Node(Dct + "publisher");
        Assert.Equal(Foaf + "Organization", publisher.Type);
        Assert.Contains("Wirtschaftsförderung", publisher.Value(Foaf + "name"), StringComparison.Ordinal);

        var distributions = dataset.Nodes(Dcat + "distribution");
        Assert.Equal(2, distributions.Count);
        Assert.Equal(
            ["http://localhost/api/v1/export/listings.csv", "http://localhost/api/v1/export/listings.geojson"],
            distributions.Select(d => d.Id(Dcat + "accessURL")).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["http://publications.europa.eu/resource/authority/file-type/CSV", "http://publications.europa.eu/resource/authority/file-type/GEOJSON"],
            distributions.Select(d => d.Id(Dct + "format")).Order(StringComparer.Ordinal));
        Assert.All(distributions, d =>
        {
            Assert.Equal(Dcat + "Distribution", d.Type);
            Assert.Equal("http://dcat-ap.de/def/licenses/dl-by-de/2.0", d.Id(Dct + "license"));
            Assert.False(string.IsNullOrWhiteSpace(d.Value(DcatDe + "licenseAttributionByText")));
        });
    }

    [Fact]
    public async Task DcatJsonLd_DistributionLinks_AnswerWithTheData()
    {
        using var client = app.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/export/dcat.jsonld", UriKind.Relative)));

        foreach (var distribution in JsonLdNode.Read(document.RootElement).Nodes(Dcat + "distribution"))
        {
            var response = await client.GetAsync(new Uri(distribution.Id(Dcat + "downloadURL")!));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}

/// <summary>
/// A JSON-LD node read the way a JSON-LD processor expands it: compact IRIs (<c>dct:title</c>) resolved
/// through the document's <c>@context</c>, values and references read from <c>@value</c> and <c>@id</c>.
/// Enough of JSON-LD 1.1 expansion for a document with a prefix-only context.
/// </summary>
public sealed class JsonLdNode
{
    private readonly JsonElement _element;
    private readonly Dictionary<string, string> _prefixes;

    private JsonLdNode(JsonElement element, Dictionary<string, string> prefixes)
    {
        _element = element;
        _prefixes = prefixes;
    }

    public string? Type => _element.TryGetProperty("@type", out var type) ? Expand(type.GetString()!) : null;

    public static JsonLdNode Read(JsonElement root)
    {
        var context = root.GetProperty("@context");
        Assert.Equal(JsonValueKind.Object, context.ValueKind);
        var prefixes = context.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        Assert.All(prefixes.Values, iri => Assert.True(Uri.IsWellFormedUriString(iri, UriKind.Absolute), iri));
        return new JsonLdNode(root, prefixes);
    }

    public string? Value(string iri) => Single(iri) is { } value
        ? value.ValueKind == JsonValueKind.Object ? value.GetProperty("@value").GetString() : value.GetString()
        : null;

    public string? Id(string iri) => Single(iri)?.GetProperty("@id").GetString();

    public JsonLdNode Node(string iri) => new(Single(iri) ?? throw new Xunit.Sdk.XunitException($"no {iri}"), _prefixes);

    public IReadOnlyList<JsonLdNode> Nodes(string iri) => [.. All(iri).Select(e => new JsonLdNode(e, _prefixes))];

    private JsonElement? Single(string iri)
    {
        var values = All(iri).ToList();
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw new Xunit.Sdk.XunitException($"{iri} has {values.Count} values, expected one"),
        };
    }

    private IEnumerable<JsonElement> All(string iri) =>
        _element.EnumerateObject()
            .Where(p => !p.Name.StartsWith('@') && Expand(p.Name) == iri)
            .SelectMany<JsonProperty, JsonElement>(p => p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray() : [p.Value]);

    private string Expand(string term)
    {
        var colon = term.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && _prefixes.TryGetValue(term[..colon], out var prefix) ? prefix + term[(colon + 1)..] : term;
    }
}
