using AngleSharp;
using AngleSharp.Dom;
using HalloBot.Domain.Categories;
using HalloBot.Domain.Districts;
using HalloBot.Domain.Listings;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.Search.Contract;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.IntegrationTests.Search;

/// <summary>
/// The real site with the real search index, seeded through the database, its published listings put into the
/// index before the first test. The clock stands at Monday 1 June 2026,
/// 10:00 in Bottrop: Kortmann and Schmitz are open, Overbeck (Tuesday to Friday) is closed, Haarscharf gives no hours.
/// </summary>
public sealed class SearchTestApp : HalloBotAppFactory, IAsyncLifetime
{
    public const string HostileName = "<script>alert(1)</script> Bäckerei";
    public const int KioskCount = 10;

    /// <summary>Near Bäckerei Kortmann in Kirchhellen.</summary>
    public const double NearLat = 51.6045;
    public const double NearLon = 6.9205;

    public async Task InitializeAsync()
    {
        await SeedAsync(db =>
        {
            var baeckerei = new Category("Bäckerei");
            var cafe = new Category("Café");
            var friseur = new Category("Friseur");
            var fahrrad = new Category("Fahrradladen");
            var kiosk = new Category("Kiosk");
            var kirchhellen = new District("Kirchhellen");
            var stadtmitte = new District("Stadtmitte");
            var eigen = new District("Eigen");
            db.AddRange(baeckerei, cafe, friseur, fahrrad, kiosk, kirchhellen, stadtmitte, eigen);

            // Inserted out of name order, so that browsing by name is seen to sort.
            var overbeck = TestData.Listing("Zweirad Overbeck", [fahrrad], district: stadtmitte, openingHours: "Tu-Fr 10:00-18:00");
            overbeck.Features = ListingFeatures.Delivery;
            overbeck.Location = new GeoPoint(51.5237, 6.9295);
            overbeck.Accessibility = new AccessibilityFacts { Wheelchair = WheelchairAccess.Limited, HearingLoop = true };
            var schmitz = TestData.Listing("Backstube Schmitz", [baeckerei], district: stadtmitte, openingHours: "Mo-Fr 07:00-12:00");
            schmitz.Location = new GeoPoint(51.5250, 6.9300);
            var kortmann = TestData.Listing("Bäckerei Kortmann", [baeckerei, cafe], district: kirchhellen,
                openingHours: "Mo-Sa 06:30-18:00; Su,PH off", externalId: "WF-0001");
            kortmann.Description = "Frische Brötchen ab 6:30 Uhr und Kuchen auf Bestellung.";
            kortmann.Keywords = ["Brötchen", "Kuchen"];
            kortmann.Features = ListingFeatures.CardPayment | ListingFeatures.WheelchairAccessible;
            kortmann.Location = new GeoPoint(51.6050, 6.9210);
            kortmann.Accessibility = new AccessibilityFacts { Wheelchair = WheelchairAccess.Yes, WheelchairToilet = true, Seating = true };
            var haarscharf = TestData.Listing("Salon Haarscharf", [friseur], district: eigen);
            haarscharf.Location = new GeoPoint(51.5400, 6.9500);
            haarscharf.Accessibility = new AccessibilityFacts { Wheelchair = WheelchairAccess.No, Seating = true };
            var hostile = TestData.Listing(HostileName, [cafe], slug: "script-baeckerei", district: eigen);
            hostile.Description = "Ein <b>Test</b> für alert(1) & Co.";
            db.AddRange(overbeck, schmitz, kortmann, haarscharf, hostile);
            db.Add(TestData.Listing("Bäckerei Entwurf", [baeckerei], district: kirchhellen, status: ListingStatus.Draft));
            for (var i = 1; i <= KioskCount; i++)
            {
                db.Add(TestData.Listing($"Kiosk {i:00}", [kiosk]));
            }

            return Task.CompletedTask;
        });
        await IndexHoldsAllPublishedAsync();
    }

    public async Task<IDocument> GetPageAsync(string path)
    {
        using var client = CreateClient();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {html}");
        return await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html).Address("http://localhost" + path));
    }

    private async Task IndexHoldsAllPublishedAsync()
    {
        var index = Services.GetRequiredService<ISearchIndex>();
        var published = await QueryAsync(db => SeededIndex.FillAsync(db, index));
        Assert.Equal(published, await index.CountAsync(CancellationToken.None));
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

/// <summary>One seeded site for the search tests: starting it and filling its index is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class SearchCollection : ICollectionFixture<SearchTestApp>
{
    public const string Name = "search";
}
