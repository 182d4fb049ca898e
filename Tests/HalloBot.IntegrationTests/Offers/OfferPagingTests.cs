using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using HalloBot.Domain.Offers;
using HalloBot.IntegrationTests.Infrastructure;

namespace HalloBot.IntegrationTests.Offers;

/// <summary>A shop with 31 current offers: its own list is paged by 25 with plain links; its public page shows 6 and links to all.</summary>
public sealed class OfferPagingTests(OfferApp app) : IClassFixture<OfferApp>, IAsyncLifetime
{
    private const int Total = 31;

    public async Task InitializeAsync()
    {
        if ((await app.OffersAsync(app.ListingA)).Count >= Total)
        {
            return;
        }

        await app.SeedAsync(db =>
        {
            for (var i = 1; i < Total; i++)
            {
                db.Offers.Add(new Offer(app.ListingA, string.Create(CultureInfo.InvariantCulture, $"Angebot {i:00}"), OfferPrice.Fixed(100 + i), OfferApp.Today, OfferApp.DefaultNow.UtcDateTime)
                {
                    ValidTo = OfferApp.Today.AddDays(i),
                });
            }

            return Task.CompletedTask;
        });
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ShopList_ThirtyOneOffers_TwentyFivePerPageWithLinksAndPosition()
    {
        using var client = await app.CreateClientSignedInAsAsync(app.MemberA);
        var list = $"/betrieb/{app.ListingA}/angebote";

        var first = await PageAsync(client, list);
        var second = await PageAsync(client, list + "?seite=2");

        Assert.Equal(25, first.QuerySelectorAll(".offer-admin-list > li").Length);
        Assert.Equal("Seite 1 von 2", first.QuerySelector(".pager [aria-current='page']")?.TextContent.Trim());
        Assert.Equal(list + "?seite=2", first.QuerySelector(".pager a[rel='next']")?.GetAttribute("href"));
        Assert.Null(first.QuerySelector(".pager a[rel='prev']"));
        Assert.Equal(Total - 25, second.QuerySelectorAll(".offer-admin-list > li").Length);
        Assert.Equal("Seite 2 von 2", second.QuerySelector(".pager [aria-current='page']")?.TextContent.Trim());
        Assert.Equal(list, second.QuerySelector(".pager a[rel='prev']")?.GetAttribute("href"));
        var titles = first.QuerySelectorAll(".offer-admin-list h2").Concat(second.QuerySelectorAll(".offer-admin-list h2")).Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(Total, titles.Distinct().Count());
    }

    [Fact]
    public async Task ShopList_PageBeyondTheEnd_ShowsTheLastPage()
    {
        using var client = await app.CreateClientSignedInAsAsync(app.MemberA);

        var page = await PageAsync(client, $"/betrieb/{app.ListingA}/angebote?seite=99");

        Assert.Equal("Seite 2 von 2", page.QuerySelector(".pager [aria-current='page']")?.TextContent.Trim());
        Assert.Equal(Total - 25, page.QuerySelectorAll(".offer-admin-list > li").Length);
    }

    [Fact]
    public async Task ListingPage_ThirtyOneOffers_ShowsSixSoonestEndingAndLinkToAll()
    {
        using var visitor = app.CreateClient();

        var page = await PageAsync(visitor, $"/b/{OfferApp.SlugA}");

        var titles = page.QuerySelectorAll(".offer-list > li > a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Angebot 01", "Angebot 02", "Angebot 03", "Angebot 04", "Angebot 05", "Angebot 06"], titles);
        var all = page.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == $"/b/{OfferApp.SlugA}/angebote");
        Assert.Equal($"Alle {Total} Angebote", all.TextContent.Trim());
    }

    [Fact]
    public async Task AllOffersPage_ThirtyOneOffers_PagedWithEveryOfferOnce()
    {
        using var visitor = app.CreateClient();
        var path = $"/b/{OfferApp.SlugA}/angebote";

        var first = await PageAsync(visitor, path);
        var second = await PageAsync(visitor, first.QuerySelector(".pager a[rel='next']")!.GetAttribute("href")!);

        Assert.Equal("Seite 1 von 2", first.QuerySelector(".pager [aria-current='page']")?.TextContent.Trim());
        var titles = first.QuerySelectorAll(".offer-list > li > a").Concat(second.QuerySelectorAll(".offer-list > li > a")).Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(25, first.QuerySelectorAll(".offer-list > li").Length);
        Assert.Equal(Total, titles.Count);
        Assert.Equal(Total, titles.Distinct().Count());
        Assert.Contains("Honig aus Kirchhellen", titles);
    }

    [Fact]
    public async Task AllOffersPage_UnknownListing_NotFound()
    {
        using var visitor = app.CreateClient();

        var response = await visitor.GetAsync("/b/gibt-es-nicht/angebote");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<IHtmlDocument> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
