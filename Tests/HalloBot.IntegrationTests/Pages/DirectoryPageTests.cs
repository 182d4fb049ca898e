using System.Net;

namespace HalloBot.IntegrationTests.Pages;

[Collection(PagesCollection.Name)]
public sealed class DirectoryPageTests(PagesSite site)
{
    [Fact]
    public async Task Category_WithDraftAndReviewListings_ListsPublishedOnlyInGermanOrder()
    {
        var (response, document) = await site.GetPageAsync("/kategorie/baeckerei");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bäckerei", document.QuerySelector("h1")?.TextContent);
        var names = document.QuerySelectorAll(".listing-card__name a").Select(a => a.TextContent).ToList();
        // Binary order would put "Äpfel" after "Zucker".
        Assert.Equal(["Äpfel-Backstube", PagesSeed.BakeryName, "Zuckerbäcker"], names);
        Assert.Equal($"/b/{PagesSeed.BakerySlug}", document.QuerySelectorAll(".listing-card__name a")[1].GetAttribute("href"));
    }

    [Fact]
    public async Task Category_ListingCard_ShowsMainCategoryDistrictAddressAndOpenState()
    {
        var (_, document) = await site.GetPageAsync("/kategorie/cafe");

        var card = document.QuerySelectorAll(".listing-card").Single(c => c.TextContent.Contains(PagesSeed.BakeryName, StringComparison.Ordinal));
        // The bakery's main category is its first one, even on the café page.
        Assert.Equal("Bäckerei · Kirchhellen", card.QuerySelector(".listing-card__meta")?.TextContent);
        Assert.Equal("Hauptstraße 1, 46244 Bottrop", card.QuerySelector(".listing-card__address")?.TextContent);
        Assert.Equal("Jetzt geöffnet", card.QuerySelector(".badge")?.TextContent);
    }

    [Fact]
    public async Task Category_ClosedListing_ShowsClosedBadge()
    {
        var (_, document) = await site.GetPageAsync("/kategorie/baeckerei");

        var card = document.QuerySelectorAll(".listing-card").Single(c => c.TextContent.Contains("Zuckerbäcker", StringComparison.Ordinal));
        Assert.Equal("Geschlossen", card.QuerySelector(".badge--closed")?.TextContent);
    }

    [Fact]
    public async Task District_WithDraftListing_ListsPublishedOnly()
    {
        var (response, document) = await site.GetPageAsync("/stadtteil/kirchhellen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Kirchhellen", document.QuerySelector("h1")?.TextContent);
        var name = Assert.Single(document.QuerySelectorAll(".listing-card__name a"));
        Assert.Equal(PagesSeed.BakeryName, name.TextContent);
        Assert.DoesNotContain(PagesSeed.DraftName, document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Category_MoreThanOnePage_PagesByThirty()
    {
        var (_, first) = await site.GetPageAsync("/kategorie/kiosk");
        var (secondResponse, second) = await site.GetPageAsync("/kategorie/kiosk?seite=2");

        Assert.Equal(30, first.QuerySelectorAll(".listing-card").Length);
        Assert.Equal("/kategorie/kiosk?seite=2", first.QuerySelector(".pager a[rel='next']")?.GetAttribute("href"));
        Assert.Null(first.QuerySelector(".pager a[rel='prev']"));
        Assert.Equal(HttpStatusCode.OK, secondResponse.StatusCode);
        Assert.Equal(["Kiosk 31", "Kiosk 32"], second.QuerySelectorAll(".listing-card__name a").Select(a => a.TextContent));
        Assert.Equal("/kategorie/kiosk", second.QuerySelector(".pager a[rel='prev']")?.GetAttribute("href"));
        Assert.Equal("Seite 2 von 2", second.QuerySelector(".pager [aria-current='page']")?.TextContent);
    }

    [Theory]
    [InlineData("/kategorie/kiosk?seite=3")]
    [InlineData("/kategorie/kiosk?seite=0")]
    [InlineData("/kategorie/kiosk?seite=abc")]
    [InlineData("/kategorie/gibt-es-nicht")]
    [InlineData("/stadtteil/gibt-es-nicht")]
    public async Task Directory_UnknownSlugOrPage_Returns404Page(string path)
    {
        var (response, document) = await site.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Seite nicht gefunden", document.QuerySelector("h1")?.TextContent);
    }
}
