using HalloBot.Domain.Categories;
using HalloBot.Domain.Districts;
using HalloBot.Domain.Listings;
using HalloBot.IntegrationTests.Infrastructure;

namespace HalloBot.IntegrationTests.Api;

/// <summary>
/// The site with a small directory whose counts the tests know: 11 published listings, and one each
/// draft, in review and suspended that the API must never show or count.
/// </summary>
public sealed class ApiTestApp : HalloBotAppFactory, IAsyncLifetime
{
    public const int PublishedCount = 11;

    public async Task InitializeAsync() => await SeedAsync(db =>
    {
        var apotheke = new Category("Apotheke");
        var aerzte = new Category("Ärzte");
        var baeckerei = new Category("Bäckerei");
        var cafe = new Category("Café");
        var fahrrad = new Category("Fahrradladen");
        var kirchhellen = new District("Kirchhellen");
        var stadtmitte = new District("Stadtmitte");
        var grafenwald = new District("Grafenwald");
        db.AddRange(apotheke, aerzte, baeckerei, cafe, fahrrad, kirchhellen, stadtmitte, grafenwald);

        var mueller = TestData.Listing("Bäckerei Müller", [cafe, baeckerei], slug: "baeckerei-mueller", district: kirchhellen,
            openingHours: "Mo-Fr 08:00-18:00; Sa 08:00-13:00; Su,PH off", externalId: "WF-0001");
        mueller.Description = "Handwerksbäckerei seit 1898.\nSonntags geschlossen.";
        mueller.Location = new GeoPoint(51.604, 6.9178);
        mueller.Phone = "02045 123456";
        mueller.Email = "info@baeckerei-mueller.example";
        mueller.Website = "https://baeckerei-mueller.example/";
        mueller.Keywords = ["Brötchen", "Torten"];
        mueller.Features = ListingFeatures.CardPayment | ListingFeatures.Delivery | ListingFeatures.ClickAndCollect;
        // A rename leaves the old slug behind as a redirect.
        mueller.Rename("Bäckerei Müller", "baeckerei-mueller-kirchhellen");
        db.Add(mueller);

        db.AddRange(
            TestData.Listing("Zweirad Schmidt", [fahrrad], district: stadtmitte, externalId: "WF-0003"),
            TestData.Listing("Zweirad Schmidt", [fahrrad], slug: "zweirad-schmidt-stadtmitte", district: stadtmitte),
            TestData.Listing("Nachtbar Eule", [cafe], openingHours: "Fr-Sa 18:00-02:00"),
            TestData.Listing("Kiosk Feiertag", [cafe], openingHours: "Mo-Su 10:00-20:00; PH off"),
            TestData.Listing("Weihnachtsstand", [cafe], openingHours: "Mo-Sa 09:00-19:00; Dec 24 10:00-14:00; PH off"),
            TestData.Listing("Club Nachtschicht", [cafe], openingHours: "Sa 22:00-05:00"),
            TestData.Listing("Frühschicht", [cafe], openingHours: "Su 02:30-04:00"),
            TestData.Listing("Hofladen Termin", [cafe], openingHours: "Mo-Fr 09:00-17:00 \"nach Vereinbarung\""),
            TestData.Listing("Hofladen Offen", [cafe], openingHours: "Mo-Fr 09:00-17:00 open \"Hofladen\""),
            TestData.Listing("Tankstelle Nord", [cafe], openingHours: "24/7"),
            TestData.Listing("Entwurf Laden", [baeckerei], district: stadtmitte, status: ListingStatus.Draft, externalId: "WF-0002"),
            TestData.Listing("Prüfung Laden", [baeckerei], district: kirchhellen, status: ListingStatus.InReview),
            TestData.Listing("Gesperrt Apotheke", [apotheke], district: grafenwald, status: ListingStatus.Suspended));
        return Task.CompletedTask;
    });

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

/// <summary>One seeded site for all API test classes: starting the app is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiTestApp>
{
    public const string Name = "api";
}
