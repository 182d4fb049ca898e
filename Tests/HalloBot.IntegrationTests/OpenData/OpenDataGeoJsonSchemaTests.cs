using System.Text.Json;
using Json.Schema;

namespace HalloBot.IntegrationTests.OpenData;

/// <summary>
/// The open-data GeoJSON against the GeoJSON schema published at geojson.org (<see cref="OfficialSchemas"/>) and against
/// a stricter one written from RFC 7946 (OpenData/Schemas), evaluated by JsonSchema.Net; the stricter schema is shown to
/// refuse what the RFC forbids.
/// </summary>
public sealed class OpenDataGeoJsonSchemaTests(DefaultOpenDataApp app) : IClassFixture<DefaultOpenDataApp>
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "OpenData", "Schemas", "FeatureCollection.schema.json")));

    [Fact]
    public async Task ListingsGeoJson_Default_ValidatesAgainstTheGeoJsonSchema()
    {
        using var client = app.CreateClient();

        var text = await client.GetStringAsync(new Uri("/api/v1/export/listings.geojson", UriKind.Relative));

        var errors = Errors(text);
        Assert.True(errors.Count == 0, "The GeoJSON breaks the schema:\n" + string.Join('\n', errors));
        using var document = JsonDocument.Parse(text);
        Assert.NotEmpty(document.RootElement.GetProperty("features").EnumerateArray());
    }

    [Fact]
    public async Task ListingsGeoJson_Default_ValidatesAgainstTheOfficialGeoJsonSchema()
    {
        using var client = app.CreateClient();

        var text = await client.GetStringAsync(new Uri("/api/v1/export/listings.geojson", UriKind.Relative));

        var errors = OfficialSchemas.Errors(OfficialSchemas.GeoJsonFeatureCollection, text);
        Assert.True(errors.Count == 0, "The GeoJSON breaks the schema of geojson.org:\n" + string.Join('\n', errors));
    }

    [Fact]
    public void OfficialSchema_BrokenCollection_Refused()
    {
        // The published schema is evaluated, not merely loaded: it refuses a point with one number and a missing list.
        Assert.NotEmpty(OfficialSchemas.Errors(OfficialSchemas.GeoJsonFeatureCollection, """{"type":"FeatureCollection"}"""));
        Assert.NotEmpty(OfficialSchemas.Errors(OfficialSchemas.GeoJsonFeatureCollection,
            """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[6.9]}}]}"""));
    }

    [Theory]
    [InlineData("""{"type":"FeatureCollection"}""", "features missing")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null}]}""", "a feature without properties")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[6.9]}}]}""", "a one-number position")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":["6.9","51.6"]}}]}""", "coordinates as text")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","id":true,"properties":{},"geometry":null}]}""", "a boolean id")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}}]}""", "a ring of three positions")]
    [InlineData("""{"type":"FeatureCollection","properties":{},"features":[]}""", "properties on the collection")]
    public void Schema_DocumentTheRfcForbids_Refused(string json, string what)
    {
        Assert.True(Errors(json).Count > 0, $"The schema accepted {what}.");
    }

    [Fact]
    public void Schema_EmptyCollectionAndFeatureWithoutGeometry_Accepted()
    {
        Assert.Empty(Errors("""{"type":"FeatureCollection","features":[]}"""));
        Assert.Empty(Errors("""{"type":"FeatureCollection","features":[{"type":"Feature","id":7,"properties":null,"geometry":null}]}"""));
    }

    private static List<string> Errors(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value} ({d.EvaluationPath})"))
                .ToList();
    }
}
