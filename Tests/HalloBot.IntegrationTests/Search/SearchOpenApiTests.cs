using static HalloBot.IntegrationTests.Api.JsonAssert;

namespace HalloBot.IntegrationTests.Search;

[Collection(SearchCollection.Name)]
public sealed class SearchOpenApiTests(SearchTestApp app)
{
    [Theory]
    [InlineData("/api/v1/search", new[] { "access", "category", "district", "feature", "lat", "lon", "openAt", "page", "pageSize", "q", "radiusKm", "sort", "wheelchair" })]
    [InlineData("/api/v1/suggest", new[] { "q" })]
    public async Task OpenApiDocument_SearchEndpoints_NameTheirQueryParameters(string path, string[] expected)
    {
        using var client = app.CreateClient();

        var document = await ReadJsonAsync(await client.GetAsync(new Uri("/api/v1/openapi.json", UriKind.Relative)));

        var parameters = document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(expected, parameters);
    }
}
