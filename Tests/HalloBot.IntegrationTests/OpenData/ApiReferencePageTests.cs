using System.Net;
using System.Text.Json;
using AngleSharp;
using AngleSharp.Dom;

namespace HalloBot.IntegrationTests.OpenData;

public sealed class ApiReferencePageTests(DefaultOpenDataApp app) : IClassFixture<DefaultOpenDataApp>
{
    [Fact]
    public async Task ApiReference_Get_ListsEveryOperationOfTheOpenApiDocumentWithItsParameters()
    {
        using var client = app.CreateClient();
        using var openApi = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/openapi.json", UriKind.Relative)));
        var operations = openApi.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => $"{o.Name.ToUpperInvariant()} {p.Name}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        var (response, page) = await GetPageAsync(client, "/api");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("de", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(operations, page.QuerySelectorAll("section.api-endpoint h2").Select(h => h.TextContent.Trim()).Order(StringComparer.Ordinal));
        Assert.Contains("GET /api/v1/export/listings.csv", operations);
        Assert.Contains("GET /api/v1/export/listings.geojson", operations);
        Assert.Contains("GET /api/v1/export/dcat.jsonld", operations);
        var listings = page.QuerySelectorAll("section.api-endpoint").Single(s => s.QuerySelector("h2")!.TextContent.Trim() == "GET /api/v1/listings");
        Assert.Equal(["at", "externalId", "page", "pageSize"],
            listings.QuerySelectorAll("tbody th").Select(th => th.TextContent.Trim()).Order(StringComparer.Ordinal));
        Assert.Contains("1 – 100", listings.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#schema-listingresponse"));
    }

    [Fact]
    public async Task ApiReference_ExampleLinks_AnswerWithData()
    {
        using var client = app.CreateClient();

        var (_, page) = await GetPageAsync(client, "/api");
        var examples = page.QuerySelectorAll("section.api-endpoint p a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Contains(examples, e => e.StartsWith("/api/v1/listings/", StringComparison.Ordinal) && e != "/api/v1/listings/");
        Assert.True(examples.Count >= 7, string.Join(", ", examples));
        foreach (var example in examples)
        {
            var response = await client.GetAsync(new Uri(example, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{example}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task ApiReference_Page_LoadsNoScriptFromElsewhereAndNoInlineScriptOrStyle()
    {
        using var client = app.CreateClient();

        var (_, page) = await GetPageAsync(client, "/api");

        Assert.All(page.QuerySelectorAll("script"), script =>
        {
            var source = script.GetAttribute("src");
            Assert.True(source is not null && source.StartsWith('/') && !source.StartsWith("//", StringComparison.Ordinal), script.OuterHtml);
        });
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.Empty(page.QuerySelectorAll("style"));
    }

    [Fact]
    public async Task ApiReference_InEnglish_UsesTheEnglishTexts()
    {
        using var client = app.CreateClient();

        var (_, page) = await GetPageAsync(client, "/api?culture=en");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("API reference: Hallo-Bot's data for other programs", page.QuerySelector("h1")!.TextContent.Trim());
    }

    private static async Task<(HttpResponseMessage Response, IDocument Page)> GetPageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        return (response, await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html)));
    }
}
