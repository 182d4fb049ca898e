using System.Net;
using AngleSharp.Html.Parser;
using HalloBot.IntegrationTests.Indexing;
using HalloBot.IntegrationTests.Infrastructure;

namespace HalloBot.IntegrationTests.Offers;

/// <summary>An offer saved through the form reaches search through the outbox: its words find the shop and the offer, and the facet counts it.</summary>
public sealed class OfferSearchPageTests(OfferApp app) : IClassFixture<OfferApp>
{
    [Fact]
    public async Task Search_OfferCreatedThroughForm_FindsShopAndOfferAndFacetCountsListingsWithOffers()
    {
        using var member = await app.CreateClientSignedInAsAsync(app.MemberB);
        var form = OfferApp.ValidForm("Rhabarbersaft vom Hof");
        form["Description"] = "Naturtrüb, 0,7 Liter.";
        Assert.Equal(HttpStatusCode.Redirect, (await member.SubmitAsync($"/betrieb/{app.ListingB}/angebote/neu", form, "form.form")).StatusCode);
        var offerId = (await app.OffersAsync(app.ListingB)).Single(o => o.Title == "Rhabarbersaft vom Hof").Id;
        using var visitor = app.CreateClient();

        string html = "";
        await Eventually.HoldsAsync(async () =>
        {
            html = await visitor.GetStringAsync("/suche?q=rhabarbersaft");
            return html.Contains("/b/hofladen-b\"", StringComparison.Ordinal);
        }, "the offer's words find its shop", () => Task.FromResult(html));

        var page = new HtmlParser().ParseDocument(html);
        var offerLink = page.QuerySelector($".matching-offers a[href='/b/hofladen-b/angebote/{offerId}']");
        Assert.NotNull(offerLink);
        Assert.Equal("Rhabarbersaft vom Hof", offerLink.TextContent);

        // Both seeded listings have an offer now (A's honey, B's juice): the facet counts listings, not offers.
        var everything = new HtmlParser().ParseDocument(await visitor.GetStringAsync("/suche"));
        var facet = everything.QuerySelector("a[href='/suche?angebote=1']");
        Assert.NotNull(facet);
        Assert.Contains("2", facet.TextContent, StringComparison.Ordinal);
        var filtered = await visitor.GetStringAsync("/suche?angebote=1");
        Assert.Contains("/b/hofladen-b\"", filtered, StringComparison.Ordinal);
        Assert.Contains("/b/bioladen-a\"", filtered, StringComparison.Ordinal);
    }
}
