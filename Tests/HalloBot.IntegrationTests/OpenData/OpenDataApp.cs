using HalloBot.Domain.Categories;
using HalloBot.Domain.Districts;
using HalloBot.Domain.Listings;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace HalloBot.IntegrationTests.OpenData;

/// <summary>
/// The site with three published listings (two with a location) and one each draft, in review and suspended;
/// the open fields as configured by <paramref name="fields"/> (null: the default).
/// </summary>
public class OpenDataApp(params string[]? fields) : HalloBotAppFactory, IAsyncLifetime
{
    public const string BakeryName = "Bäckerei Müller";
    public const string BakeryEmail = "info@baeckerei-mueller.example";
    public const double BakeryLatitude = 51.604;
    public const double BakeryLongitude = 6.9178;
    public const string FormulaName = "=HYPERLINK(\"http://evil.example\")";
    public const string NoLocationName = "Kiosk ohne Karte";

    public static readonly string[] PublishedNames = [BakeryName, "Zweirad Schmidt", NoLocationName];

    public async Task InitializeAsync() => await SeedAsync(db =>
    {
        var baeckerei = new Category("Bäckerei");
        var cafe = new Category("Café");
        var fahrrad = new Category("Fahrradladen");
        var kirchhellen = new District("Kirchhellen");
        db.AddRange(baeckerei, cafe, fahrrad, kirchhellen);

        var mueller = TestData.Listing(BakeryName, [baeckerei, cafe], district: kirchhellen,
            openingHours: "Mo-Fr 08:00-18:00; Sa 08:00-13:00; Su,PH off", externalId: "WF-0001");
        mueller.Location = new GeoPoint(BakeryLatitude, BakeryLongitude);
        mueller.Phone = "+49 2045 123456";
        mueller.Email = BakeryEmail;
        mueller.Website = "https://baeckerei-mueller.example/";
        mueller.Description = "Handwerksbäckerei seit 1898.";
        mueller.Keywords = ["Brötchen", "Torten"];
        mueller.Features = ListingFeatures.CardPayment | ListingFeatures.WheelchairAccessible;
        mueller.Accessibility = new AccessibilityFacts { Wheelchair = WheelchairAccess.Limited, HearingLoop = true };

        var schmidt = TestData.Listing("Zweirad Schmidt", [fahrrad]);
        schmidt.Location = new GeoPoint(51.5236, 6.9285);
        schmidt.Description = FormulaName;

        db.AddRange(
            mueller,
            schmidt,
            TestData.Listing(NoLocationName, [cafe]),
            TestData.Listing("Entwurf Laden", [baeckerei], status: ListingStatus.Draft),
            TestData.Listing("Prüfung Laden", [baeckerei], status: ListingStatus.InReview),
            TestData.Listing("Gesperrt Laden", [baeckerei], status: ListingStatus.Suspended));
        return Task.CompletedTask;
    });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        for (var i = 0; i < (fields?.Length ?? 0); i++)
        {
            builder.UseSetting($"HalloBot:OpenData:Fields:{i}", fields![i]);
        }
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

/// <summary>The default open fields.</summary>
public sealed class DefaultOpenDataApp() : OpenDataApp(null);

/// <summary>The office opened only name, e-mail and description (e-mail is closed by default).</summary>
public sealed class NarrowOpenDataApp() : OpenDataApp("name", "email", "description");

/// <summary>The default open fields, with the downloads limited to two per client.</summary>
public sealed class LimitedOpenDataApp() : OpenDataApp(null)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("HalloBot:RateLimits:OpenData:PermitLimit", "2");
    }
}
