using System.Net;
using AngleSharp.Dom;

namespace HalloBot.IntegrationTests.Search;

[Collection(SearchCollection.Name)]
public sealed class SearchPageTests(SearchTestApp app)
{
    [Fact]
    public async Task Index_TextQuery_ListsResultsWithStatusCountAndLinks()
    {
        var page = await app.GetPageAsync("/suche?q=kortmann");

        Assert.Contains("kortmann", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1 Treffer", page.QuerySelector("[role=status].search-page__count")!.TextContent.Trim());
        var result = Assert.Single(page.QuerySelectorAll(".result-list > li"));
        Assert.Equal("/b/baeckerei-kortmann", result.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Contains("Bäckerei · Kirchhellen", result.TextContent, StringComparison.Ordinal);
        Assert.Contains("Hansastraße 12", result.TextContent, StringComparison.Ordinal);
        Assert.Equal("Jetzt geöffnet", result.QuerySelector(".badge--open")!.TextContent.Trim());
        Assert.NotNull(result.QuerySelector(".result__highlight mark"));
        Assert.Equal("suche-q", page.QuerySelector("main form[role=search] input[name=q]")!.Id);
        Assert.Equal("kortmann", page.QuerySelector("#suche-q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Index_TextQuery_TitleNamesTheQuery()
    {
        var page = await app.GetPageAsync("/suche?q=kortmann");

        Assert.StartsWith("Suche: kortmann", page.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("{0}", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_FacetLinks_FilterAndTheActiveFilterRemovesAgain()
    {
        var all = await app.GetPageAsync("/suche?q=b%C3%A4ckerei");
        var districtNav = Nav(all, "Stadtteil");
        var stadtmitte = districtNav.QuerySelectorAll("a").Single(a => a.TextContent.Contains("Stadtmitte", StringComparison.Ordinal));

        var filtered = await app.GetPageAsync(stadtmitte.GetAttribute("href")!);

        Assert.Contains("district=stadtmitte", stadtmitte.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(["Backstube Schmitz"], ResultNames(filtered));
        var chosen = Nav(filtered, "Stadtteil").QuerySelector("a[aria-current=true]")!;
        Assert.Contains("Stadtmitte", chosen.TextContent, StringComparison.Ordinal);
        var remove = filtered.QuerySelector(".active-filters a.chip")!;
        Assert.Contains("Stadtmitte", remove.TextContent, StringComparison.Ordinal);

        var again = await app.GetPageAsync(remove.GetAttribute("href")!);
        Assert.Equal(ResultNames(all), ResultNames(again));
    }

    [Fact]
    public async Task Index_FacetGroups_AreLabelledNavLandmarksWithCounts()
    {
        var page = await app.GetPageAsync("/suche");

        foreach (var heading in new[] { "Kategorie", "Stadtteil", "Ausstattung", "Öffnungszeiten" })
        {
            var nav = Nav(page, heading);
            Assert.NotEmpty(nav.QuerySelectorAll("a"));
        }

        Assert.Contains(Nav(page, "Kategorie").QuerySelectorAll("a"), a => a.TextContent.Contains("Kiosk (10)", StringComparison.Ordinal));
        Assert.Contains(Nav(page, "Ausstattung").QuerySelectorAll("a"), a => a.TextContent.Contains("Kartenzahlung (1)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Index_AccessibilityGroup_FiltersByWheelchairAndFactsAndRemovesAgain()
    {
        var all = await app.GetPageAsync("/suche");
        var group = Nav(all, "Barrierefreiheit");
        var wheelchair = group.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Rollstuhlgerecht");

        var filtered = await app.GetPageAsync(wheelchair.GetAttribute("href")!);

        Assert.Contains("wheelchair=yes", wheelchair.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(["Bäckerei Kortmann"], ResultNames(filtered));
        Assert.Contains("Rollstuhlgerecht", Nav(filtered, "Barrierefreiheit").QuerySelector("a[aria-current=true]")!.TextContent, StringComparison.Ordinal);

        var loop = Nav(filtered, "Barrierefreiheit").QuerySelectorAll("a").Single(a => a.TextContent.Contains("Induktionsschleife", StringComparison.Ordinal));
        var both = await app.GetPageAsync(loop.GetAttribute("href")!);
        Assert.Contains("wheelchair=yes", loop.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("access=", loop.GetAttribute("href"), StringComparison.Ordinal);
        var chips = both.QuerySelectorAll(".active-filters a.chip").Select(a => a.TextContent).ToList();
        Assert.Contains(chips, c => c.Contains("Rollstuhlgerecht", StringComparison.Ordinal));
        Assert.Contains(chips, c => c.Contains("Induktionsschleife", StringComparison.Ordinal));
        Assert.Empty(ResultNames(both));

        var remove = filtered.QuerySelectorAll(".active-filters a.chip").Single(a => a.TextContent.Contains("Rollstuhlgerecht", StringComparison.Ordinal));
        var again = await app.GetPageAsync(remove.GetAttribute("href")!);
        Assert.Equal(ResultNames(all), ResultNames(again));
    }

    [Fact]
    public async Task Index_OpenNowLink_KeepsOnlyOpenListings()
    {
        var page = await app.GetPageAsync("/suche?category=baeckerei&category=fahrradladen");
        var openNow = Nav(page, "Öffnungszeiten").QuerySelector("a")!;

        var open = await app.GetPageAsync(openNow.GetAttribute("href")!);

        Assert.Contains("openAt=now", openNow.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(["Bäckerei Kortmann", "Backstube Schmitz", "Zweirad Overbeck"], ResultNames(page));
        Assert.Equal(["Bäckerei Kortmann", "Backstube Schmitz"], ResultNames(open));
    }

    [Fact]
    public async Task Index_SortLinks_OfferDistanceOnlyWithAPosition()
    {
        var withoutPosition = await app.GetPageAsync("/suche?q=b%C3%A4ckerei");
        var withPosition = await app.GetPageAsync("/suche?q=b%C3%A4ckerei&lat=51.5245&lon=6.93");

        Assert.Equal(["Relevanz", "Name"], SortLabels(withoutPosition));
        Assert.Equal(["Relevanz", "Entfernung", "Name"], SortLabels(withPosition));
        var byDistance = withPosition.QuerySelectorAll(".sort-links a").Single(a => a.TextContent.Trim() == "Entfernung");
        var sorted = await app.GetPageAsync(byDistance.GetAttribute("href")!);
        Assert.Equal("Backstube Schmitz", ResultNames(sorted)[0]);
        Assert.Contains("km entfernt", sorted.QuerySelector(".result-list > li")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_HostileName_ShowsAsTextAndHighlightKeepsOnlyMark()
    {
        using var client = app.CreateClient();
        var html = await client.GetStringAsync(new Uri("/suche?q=alert", UriKind.Relative));
        var page = await app.GetPageAsync("/suche?q=alert");

        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Test</b>", html, StringComparison.Ordinal);
        Assert.Equal([SearchTestApp.HostileName], ResultNames(page));
        Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src"), "only the site's own script files"));
        var highlight = page.QuerySelector(".result__highlight")!;
        Assert.All(highlight.QuerySelectorAll("*"), e => Assert.Equal("MARK", e.TagName));
        Assert.NotEmpty(highlight.QuerySelectorAll("mark"));
    }

    [Fact]
    public async Task Index_NothingFound_HelpsWithTipsAndCategoriesToBrowse()
    {
        var page = await app.GetPageAsync("/suche?q=xqzvtwpl&district=eigen");

        Assert.Equal("0 Treffer", page.QuerySelector("[role=status].search-page__count")!.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll(".result-list > li"));
        var empty = page.QuerySelector(".search-empty")!;
        Assert.Contains("Schreibweise", empty.TextContent, StringComparison.Ordinal);
        Assert.Contains(empty.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/suche?q=xqzvtwpl");
        Assert.Contains(empty.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/kategorie/baeckerei");
    }

    [Fact]
    public async Task Index_Misspelt_OffersTheIndexProposalAsLink()
    {
        var page = await app.GetPageAsync("/suche?q=kortmanm");

        var link = page.QuerySelector(".did-you-mean a")!;
        Assert.Equal("kortmann", link.TextContent.Trim(), ignoreCase: true);
        Assert.StartsWith("/suche?q=kortmann", link.GetAttribute("href"), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/suche?page=abc", "Seite")]
    [InlineData("/suche?category=Metzgerei&q=b%C3%A4ckerei", "Kategorie")]
    [InlineData("/suche?lat=999&lon=6.9", "Standort (Breitengrad)")]
    [InlineData("/suche?sort=distance", "Sortierung")]
    [InlineData("/suche?openAt=morgen&pageSize=1000", "Öffnungszeitpunkt, Treffer pro Seite")]
    [InlineData("/suche?radiusKm=abc", "Umkreis")]
    [InlineData("/suche?wheelchair=vielleicht", "Rollstuhl")]
    public async Task Index_InvalidParameter_SaysSoAndSearchesWithTheRest(string path, string named)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var page = await app.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(named, page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(ResultNames(page));
    }

    [Fact]
    public async Task Index_Paging_LinksToNextAndPreviousPage()
    {
        var first = await app.GetPageAsync("/suche?category=kiosk&pageSize=4");
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        var second = await app.GetPageAsync(next);

        Assert.Equal(["Kiosk 01", "Kiosk 02", "Kiosk 03", "Kiosk 04"], ResultNames(first));
        Assert.Equal(["Kiosk 05", "Kiosk 06", "Kiosk 07", "Kiosk 08"], ResultNames(second));
        Assert.Equal("5", second.QuerySelector("ol.result-list")!.GetAttribute("start"));
        Assert.NotNull(second.QuerySelector(".pager a[rel=prev]"));
    }

    [Fact]
    public async Task Index_English_ShowsEnglishTexts()
    {
        var page = await app.GetPageAsync("/suche?q=kortmann&culture=en");

        Assert.Equal("1 result", page.QuerySelector("[role=status].search-page__count")!.TextContent.Trim());
        Assert.NotNull(Nav(page, "District"));
    }

    private static IElement Nav(IDocument page, string heading) =>
        page.QuerySelectorAll("nav[aria-labelledby]")
            .Single(nav => page.GetElementById(nav.GetAttribute("aria-labelledby")!)?.TextContent.Trim() == heading);

    private static List<string> ResultNames(IDocument page) =>
        [.. page.QuerySelectorAll(".result-list > li h3").Select(h => h.TextContent.Trim())];

    private static List<string> SortLabels(IDocument page) =>
        [.. page.QuerySelectorAll(".sort-links a").Select(a => a.TextContent.Trim())];
}
