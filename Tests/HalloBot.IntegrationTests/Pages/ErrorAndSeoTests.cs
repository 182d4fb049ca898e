using System.Net;
using System.Xml.Linq;

namespace HalloBot.IntegrationTests.Pages;

[Collection(PagesCollection.Name)]
public sealed class ErrorAndSeoTests(PagesSite site)
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Theory]
    [InlineData("/irgendwas/ganz/anderes")]
    [InlineData("/b/")]
    [InlineData("/fehler/404")]
    public async Task UnknownAddress_Returns404PageWithSearchAndWayHome(string path)
    {
        var (response, document) = await site.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Seite nicht gefunden", document.QuerySelector("h1")?.TextContent);
        Assert.NotNull(document.QuerySelector("main form[action='/suche'] input[name='q']"));
        Assert.NotNull(document.QuerySelector("main a[href='/']"));
    }

    [Fact]
    public async Task ErrorPage_OutsideDevelopment_Returns500WithoutDetails()
    {
        var (response, document) = await site.GetPageAsync("/fehler");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Da ist etwas schiefgegangen", document.QuerySelector("h1")?.TextContent);
        Assert.DoesNotContain("Exception", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sitemap_WithPublishedAndHiddenListings_ListsPublicPagesOnly()
    {
        var response = await site.Client().GetAsync(new Uri("/sitemap.xml", UriKind.Relative));
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Sitemap + "urlset", xml.Root?.Name);
        var urls = xml.Root!.Elements(Sitemap + "url").ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value);
        Assert.Contains("http://localhost/", urls.Keys);
        Assert.Contains("http://localhost/kategorie/baeckerei", urls.Keys);
        Assert.Contains("http://localhost/stadtteil/kirchhellen", urls.Keys);
        Assert.DoesNotContain("http://localhost/kategorie/friseur", urls.Keys);
        Assert.Equal("2026-11-25T09:00:00Z", urls["http://localhost/b/" + PagesSeed.BakerySlug]);
        var listings = urls.Keys.Where(u => u.StartsWith("http://localhost/b/", StringComparison.Ordinal)).ToList();
        Assert.Equal(4 + PagesSeed.KioskCount, listings.Count);
        Assert.DoesNotContain("http://localhost/b/" + PagesSeed.DraftSlug, listings);
        Assert.DoesNotContain("http://localhost/b/" + PagesSeed.SuspendedSlug, listings);
        Assert.DoesNotContain("http://localhost/b/" + PagesSeed.BakeryFormerSlug, listings);
    }

    [Fact]
    public async Task Sitemap_ListingFileWhenAllFitInOne_Returns404()
    {
        var response = await site.Client().GetAsync(new Uri("/sitemap-eintraege-1.xml", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Robots_Always_AllowsAllAndNamesTheSitemap()
    {
        var response = await site.Client().GetAsync(new Uri("/robots.txt", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("User-agent: *\nAllow: /\n", text, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", text, StringComparison.Ordinal);
    }
}
