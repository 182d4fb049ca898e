using AngleSharp;
using AngleSharp.Dom;
using HalloBot.Domain.Categories;
using HalloBot.Domain.Districts;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HalloBot.IntegrationTests.Pages;

[CollectionDefinition(Name)]
public sealed class PagesCollection : ICollectionFixture<PagesSite>
{
    public const string Name = "pages";
}

/// <summary>
/// The real site on a temporary data folder, environment "Testing" (no demo data), the clock fixed at
/// Wednesday 25 November 2026, 10:00 in Bottrop, with the listings of <see cref="PagesSeed"/>.
/// </summary>
public sealed class PagesSite : WebApplicationFactory<Program>, IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(1));

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "hallobot-pages-" + Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Time { get; } = new(Now);

    public async Task InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await PagesSeed.WriteAsync(scope.ServiceProvider.GetRequiredService<HalloBotDbContext>(), Now.UtcDateTime);
    }

    /// <summary>A client that does not follow redirects, so tests see the 301 itself.</summary>
    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<(HttpResponseMessage Response, IDocument Document)> GetPageAsync(string path, HttpClient? client = null)
    {
        var response = await (client ?? Client()).GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html));
        return (response, document);
    }

    public async Task<string> GetSourceAsync(string path)
    {
        var response = await Client().GetAsync(new Uri(path, UriKind.Relative));
        return await response.Content.ReadAsStringAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("HalloBot:DataDirectory", _dataDirectory);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}

/// <summary>What the page tests find in the database.</summary>
public static class PagesSeed
{
    public const string BakeryName = "Bäckerei Müller";
    public const string BakerySlug = "baeckerei-mueller-kirchhellen";
    public const string BakeryFormerSlug = "baeckerei-mueller-alt";
    public const string BakeryDescription = "Frische Brötchen ab 6 Uhr.\nTorten auf Bestellung.\n<b>Seit 1950</b>";
    public const string ScriptName = "Café </script><script>alert(1)</script>";
    public const string ScriptSlug = "cafe-script";
    public const string UnparsableHours = "immer wenn die Sonne scheint";
    public const string ClosedSlug = "zuckerbaecker";
    public const string DraftName = "Backstube Entwurf";
    public const string DraftSlug = "backstube-entwurf";
    public const string SuspendedSlug = "gesperrter-laden";
    public const int KioskCount = 32;

    public static async Task WriteAsync(HalloBotDbContext db, DateTime utcNow)
    {
        var bakery = new Category("Bäckerei");
        var cafe = new Category("Café");
        var hairdresser = new Category("Friseur");
        var kiosk = new Category("Kiosk");
        var kirchhellen = new District("Kirchhellen");
        var stadtmitte = new District("Stadtmitte");
        var eigen = new District("Eigen");
        db.AddRange(bakery, cafe, hairdresser, kiosk, kirchhellen, stadtmitte, eigen);

        var mueller = Listing("Bäckerei Müller alt", BakeryFormerSlug, [bakery, cafe], kirchhellen, ListingStatus.Published, utcNow);
        mueller.Rename(BakeryName, BakerySlug);
        mueller.Description = BakeryDescription;
        mueller.Phone = "0 20 45 / 12 34-5";
        mueller.Email = "info@baeckerei-mueller.example";
        mueller.Website = "https://www.baeckerei-mueller.example/";
        mueller.OpeningHours = "Mo-Fr 08:00-18:00; Sa 08:00-13:00";
        mueller.Keywords = ["Brötchen", "Torten"];
        mueller.Features = ListingFeatures.Delivery | ListingFeatures.WheelchairAccessible;
        mueller.Location = new GeoPoint(51.6, 6.93);
        mueller.Accessibility = new AccessibilityFacts { Wheelchair = WheelchairAccess.Limited, WheelchairToilet = true, HearingLoop = true, Seating = false };

        var apple = Listing("Äpfel-Backstube", "aepfel-backstube", [bakery], stadtmitte, ListingStatus.Published, utcNow);
        var sugar = Listing("Zuckerbäcker", ClosedSlug, [bakery], stadtmitte, ListingStatus.Published, utcNow);
        sugar.OpeningHours = "Mo 08:00-12:00";
        sugar.Phone = "+49 2041 70 33-0";
        var script = Listing(ScriptName, ScriptSlug, [cafe], eigen, ListingStatus.Published, utcNow);
        script.OpeningHours = UnparsableHours;
        var draft = Listing(DraftName, DraftSlug, [bakery], kirchhellen, ListingStatus.Draft, utcNow);
        var review = Listing("Bäckerei in Prüfung", "baeckerei-in-pruefung", [bakery], kirchhellen, ListingStatus.InReview, utcNow);
        var suspended = Listing("Gesperrter Laden", SuspendedSlug, [hairdresser], eigen, ListingStatus.Suspended, utcNow);
        db.AddRange(mueller, apple, sugar, script, draft, review, suspended);

        for (var i = 1; i <= KioskCount; i++)
        {
            db.Add(Listing($"Kiosk {i:00}", $"kiosk-{i:00}", [kiosk], null, ListingStatus.Published, utcNow.AddMinutes(-i)));
        }

        await db.SaveChangesAsync();
    }

    private static Listing Listing(string name, string slug, Category[] categories, District? district, ListingStatus status, DateTime utcNow)
    {
        var listing = new Listing(name, slug, new PostalAddress("Hauptstraße 1", "46244", "Bottrop"), utcNow) { Status = status };
        listing.SetCategories(categories);
        listing.SetDistrict(district);
        return listing;
    }
}
