using System.Net;

namespace HalloBot.IntegrationTests.Pages;

[Collection(PagesCollection.Name)]
public sealed class HomePageTests(PagesSite site)
{
    [Theory]
    [InlineData("/kategorie/baeckerei", "Bäckerei", "3 Einträge")]
    [InlineData("/kategorie/cafe", "Café", "2 Einträge")]
    [InlineData("/kategorie/kiosk", "Kiosk", "32 Einträge")]
    [InlineData("/stadtteil/kirchhellen", "Kirchhellen", "1 Eintrag")]
    [InlineData("/stadtteil/stadtmitte", "Stadtmitte", "2 Einträge")]
    [InlineData("/stadtteil/eigen", "Eigen", "1 Eintrag")]
    public async Task Index_WithPublishedListings_LinksCategoriesAndDistrictsWithCountsOfPublishedOnly(string href, string name, string count)
    {
        var (response, document) = await site.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = Assert.Single(document.QuerySelectorAll($"main a[href='{href}']"));
        Assert.Equal(name, link.QuerySelector(".tile-list__name")?.TextContent);
        Assert.Equal(count, link.QuerySelector(".tile-list__count")?.TextContent);
    }

    [Fact]
    public async Task Index_CategoryWithOnlySuspendedListings_IsNotShown()
    {
        var (_, document) = await site.GetPageAsync("/");

        Assert.Empty(document.QuerySelectorAll("a[href='/kategorie/friseur']"));
    }

    [Fact]
    public async Task Index_Always_HasSkipLinkSearchFormNavigationAndMainLandmark()
    {
        var (_, document) = await site.GetPageAsync("/");

        Assert.Equal("de", document.DocumentElement.GetAttribute("lang"));
        var skipLink = document.QuerySelector("body > a.skip-link");
        Assert.Equal("Zum Inhalt springen", skipLink?.TextContent);
        Assert.Equal("#inhalt", skipLink?.GetAttribute("href"));
        Assert.NotNull(document.QuerySelector("main#inhalt"));
        Assert.Equal("Hallo-Bot Bottrop", document.QuerySelector("header .site-name")?.TextContent);
        Assert.NotNull(document.QuerySelector("header nav"));
        Assert.NotNull(document.QuerySelector("footer"));

        var form = Assert.Single(document.QuerySelectorAll("form[role='search']"));
        Assert.Equal("/suche", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var input = form.QuerySelector("input[name='q']");
        Assert.NotNull(input);
        Assert.StartsWith("z. B. Bäcker", input.GetAttribute("placeholder"), StringComparison.Ordinal);
        Assert.Equal("Was suchen Sie?", form.QuerySelector($"label[for='{input.Id}']")?.TextContent);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/kategorie/baeckerei")]
    [InlineData("/b/" + PagesSeed.BakerySlug)]
    [InlineData("/gibt-es-nicht")]
    public async Task Pages_ForContentSecurityPolicy_HaveNoInlineStylesOrScripts(string path)
    {
        var (_, document) = await site.GetPageAsync(path);

        Assert.Empty(document.QuerySelectorAll("[style], style"));
        // Scripts are data (JSON-LD) or the site's own files, never inline code.
        Assert.All(document.QuerySelectorAll("script"), s => Assert.True(
            s.GetAttribute("type") == "application/ld+json" || (s.GetAttribute("src")?.StartsWith("/js/", StringComparison.Ordinal) == true && s.TextContent.Length == 0),
            s.OuterHtml));
        Assert.All(document.QuerySelectorAll("[href], [src]"), e =>
        {
            var target = e.GetAttribute("href") ?? e.GetAttribute("src") ?? "";
            Assert.False(target.StartsWith("//", StringComparison.Ordinal) || target.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), target);
        });
    }

    [Fact]
    public async Task Index_GermanText_WritesUmlautsAsCharacters()
    {
        var source = await site.GetSourceAsync("/");

        Assert.Contains("Bäckerei", source, StringComparison.Ordinal);
        Assert.Contains("Geschäfte", source, StringComparison.Ordinal);
        Assert.DoesNotContain("&#xE4;", source, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Stylesheet_IsServedByTheSite()
    {
        var response = await site.Client().GetAsync(new Uri("/css/site.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("prefers-reduced-motion", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
