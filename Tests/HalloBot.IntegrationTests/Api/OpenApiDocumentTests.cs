using HalloBot.IntegrationTests.OpenData;
using Microsoft.OpenApi;
using static HalloBot.IntegrationTests.Api.JsonAssert;

namespace HalloBot.IntegrationTests.Api;

[Collection(ApiCollection.Name)]
public sealed class OpenApiDocumentTests(ApiTestApp app)
{
    [Fact]
    public async Task OpenApiDocument_Served_DescribesExactlyTheApiEndpoints()
    {
        using var client = app.CreateClient();

        var document = await ReadJsonAsync(await client.GetAsync("/api/v1/openapi.json"));

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal(
            ["/api/v1/categories", "/api/v1/districts", "/api/v1/export/dcat.jsonld", "/api/v1/export/listings.csv",
             "/api/v1/export/listings.geojson", "/api/v1/listings", "/api/v1/listings/{slug}", "/api/v1/opening-hours/preview", "/api/v1/search", "/api/v1/suggest"],
            PropertyNames(document.GetProperty("paths")).Order(StringComparer.Ordinal));
        var listParameters = document.GetProperty("paths").GetProperty("/api/v1/listings").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["at", "externalId", "page", "pageSize"], listParameters);
    }

    [Fact]
    public async Task OpenApiDocument_ReadWithMicrosoftOpenApi_NoReaderOrValidationErrors()
    {
        using var client = app.CreateClient();
        using var buffer = new MemoryStream(await client.GetByteArrayAsync(new Uri("/api/v1/openapi.json", UriKind.Relative)));

        var result = await OpenApiDocument.LoadAsync(buffer, "json");

        Assert.NotNull(result.Document);
        Assert.True(result.Diagnostic is { Errors.Count: 0 },
            "reader errors: " + string.Join("; ", result.Diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}") ?? []));
        Assert.True(result.Diagnostic is { Warnings.Count: 0 },
            "reader warnings: " + string.Join("; ", result.Diagnostic?.Warnings.Select(e => $"{e.Pointer}: {e.Message}") ?? []));
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, result.Diagnostic!.SpecificationVersion);
        var errors = result.Document.Validate(ValidationRuleSet.GetDefaultRuleSet())?.ToList() ?? [];
        Assert.True(errors.Count == 0, "validation errors: " + string.Join("; ", errors.Select(e => $"{e.Pointer}: {e.Message}")));
        Assert.Equal(10, result.Document.Paths.Count);
    }

    [Fact]
    public async Task OpenApiDocument_Served_ValidatesAgainstTheOpenApiInitiativesSchema()
    {
        using var client = app.CreateClient();

        var text = await client.GetStringAsync(new Uri("/api/v1/openapi.json", UriKind.Relative));

        var errors = OfficialSchemas.Errors(OfficialSchemas.OpenApi31, text);
        Assert.True(errors.Count == 0, "The OpenAPI document breaks the OpenAPI 3.1 schema:\n" + string.Join('\n', errors.Take(20)));
        // The schema is evaluated, not merely loaded: a document without info is refused.
        Assert.NotEmpty(OfficialSchemas.Errors(OfficialSchemas.OpenApi31, """{"openapi":"3.1.0","paths":{}}"""));
        // … and a path that does not start with a slash (the pattern rewritten for the validator still applies).
        Assert.Empty(OfficialSchemas.Errors(OfficialSchemas.OpenApi31, """{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{"/a":{}}}"""));
        Assert.NotEmpty(OfficialSchemas.Errors(OfficialSchemas.OpenApi31, """{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{"a":{}}}"""));
    }
}
