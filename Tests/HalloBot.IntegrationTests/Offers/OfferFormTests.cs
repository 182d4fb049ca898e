using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using HalloBot.Domain.Offers;
using HalloBot.IntegrationTests.Infrastructure;

namespace HalloBot.IntegrationTests.Offers;

/// <summary>Creating and editing offers through the real form: every invalid field gets a German error and nothing is saved.</summary>
public sealed class OfferFormTests(OfferApp app) : IClassFixture<OfferApp>
{
    public static TheoryData<string, string, string> InvalidFields => new()
    {
        { "Price", "12,5€", "genau zwei Stellen" },
        { "Price", "12.50", "Komma statt eines Punkts" },
        { "Price", "", "Bitte einen Preis angeben" },
        { "Title", "", "Bitte ausfüllen" },
        { "Title", "<script>alert('x')</script>", "HTML-Tags" },
        { "Title", new string('T', 121), "Höchstens 120 Zeichen" },
        { "Description", new string('x', 10_000), "Höchstens 4000 Zeichen erlaubt, eingegeben sind 10000" },
        { "Description", "Super <img src=x onerror=alert(1)>", "HTML-Tags" },
        { "ValidFrom", "2026-05-31", "in der Vergangenheit" },
        { "ValidFrom", "morgen", "Bitte ein Datum" },
        { "ValidTo", "2026-05-20", "vor dem Beginn" },
        { "Availability", "Bald", "Verfügbarkeit aus der Liste" },
        { "HoldDays", "0", "ganze Zahl von 1 bis 14" },
        { "HoldDays", "99", "ganze Zahl von 1 bis 14" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Create_InvalidField_GermanErrorOnTheFieldAndNothingCreated(string field, string value, string message)
    {
        var before = (await app.OffersAsync(app.ListingA)).Count;
        using var client = await app.CreateClientSignedInAsAsync(app.MemberA);
        var form = OfferApp.ValidForm();
        form[field] = value;

        var response = await client.SubmitAsync($"/betrieb/{app.ListingA}/angebote/neu", form, "form.form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var error = document.QuerySelector($"#angebot-{field}-error") ?? document.QuerySelector($"#angebot-{field}")?.ParentElement?.QuerySelector(".field__error");
        Assert.NotNull(error);
        Assert.Contains(message, error.TextContent, StringComparison.Ordinal);
        Assert.Contains(message, document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, (await app.OffersAsync(app.ListingA)).Count);
    }

    [Fact]
    public async Task Create_ValidForm_SavedAndShownOnListingAndOfferPageWithJsonLd()
    {
        using var client = await app.CreateClientSignedInAsAsync(app.MemberA);

        var response = await client.SubmitAsync($"/betrieb/{app.ListingA}/angebote/neu", OfferApp.ValidForm("Spargel weiß"), "form.form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var offer = Assert.Single(await app.OffersAsync(app.ListingA), o => o.Title == "Spargel weiß");
        Assert.Equal(OfferPrice.Fixed(350), offer.Price);
        Assert.Equal(new DateOnly(2026, 6, 30), offer.ValidTo);
        Assert.True(offer.IsReservable);
        Assert.Equal(2, offer.HoldDays);

        using var visitor = app.CreateClient();
        var listingPage = await visitor.GetStringAsync($"/b/{OfferApp.SlugA}");
        Assert.Contains("Spargel weiß", listingPage, StringComparison.Ordinal);
        Assert.Contains($"/b/{OfferApp.SlugA}/angebote/{offer.Id}", listingPage, StringComparison.Ordinal);

        var offerPage = new HtmlParser().ParseDocument(await visitor.GetStringAsync($"/b/{OfferApp.SlugA}/angebote/{offer.Id}"));
        Assert.Equal("Spargel weiß", offerPage.QuerySelector("h1")!.TextContent);
        Assert.Contains("3,50 €", offerPage.QuerySelector(".offer__price")!.TextContent, StringComparison.Ordinal);
        var jsonLd = JsonDocument.Parse(offerPage.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("Offer", jsonLd.GetProperty("@type").GetString());
        Assert.Equal("3.50", jsonLd.GetProperty("price").GetString());
        Assert.Equal("EUR", jsonLd.GetProperty("priceCurrency").GetString());
        Assert.Equal("https://schema.org/InStock", jsonLd.GetProperty("availability").GetString());
        Assert.Equal("2026-06-30", jsonLd.GetProperty("validThrough").GetString());
        Assert.Equal("Bioladen A", jsonLd.GetProperty("seller").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Edit_KeepsAPastStartButRefusesAnEndBeforeIt()
    {
        int id = 0;
        await app.SeedAsync(db =>
        {
            var offer = new Offer(app.ListingA, "Alte Kartoffeln", OfferPrice.OnRequest, new DateOnly(2026, 5, 1), HalloBotAppFactory.DefaultNow.UtcDateTime);
            db.Offers.Add(offer);
            return Task.CompletedTask;
        });
        id = (await app.OffersAsync(app.ListingA)).Single(o => o.Title == "Alte Kartoffeln").Id;
        using var client = await app.CreateClientSignedInAsAsync(app.MemberA);
        var form = OfferApp.ValidForm("Alte Kartoffeln");
        form["ValidFrom"] = "2026-05-01";
        form["ValidTo"] = "2026-04-30";

        var refused = await client.SubmitAsync($"/betrieb/{app.ListingA}/angebote/{id}", form, "form.form");
        form["ValidTo"] = "";
        form["Price"] = "ab 2 €";
        var saved = await client.SubmitAsync($"/betrieb/{app.ListingA}/angebote/{id}", form, "form.form");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("vor dem Beginn", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var offer = (await app.OffersAsync(app.ListingA)).Single(o => o.Id == id);
        Assert.Equal(OfferPrice.From(200), offer.Price);
        Assert.Null(offer.ValidTo);
    }

    [Fact]
    public async Task OfferPage_NotYetValidOrUnknown_NotFound()
    {
        await app.SeedAsync(db =>
        {
            db.Offers.Add(new Offer(app.ListingA, "Weihnachtsgans", OfferPrice.OnRequest, new DateOnly(2026, 12, 1), HalloBotAppFactory.DefaultNow.UtcDateTime));
            return Task.CompletedTask;
        });
        var id = (await app.OffersAsync(app.ListingA)).Single(o => o.Title == "Weihnachtsgans").Id;
        using var visitor = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/b/{OfferApp.SlugA}/angebote/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/b/{OfferApp.SlugA}/angebote/999999")).StatusCode);
        Assert.DoesNotContain("Weihnachtsgans", await visitor.GetStringAsync($"/b/{OfferApp.SlugA}"), StringComparison.Ordinal);
    }
}
