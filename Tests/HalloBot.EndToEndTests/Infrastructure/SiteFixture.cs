using System.Net;
using HalloBot.Domain.Categories;
using HalloBot.Domain.Districts;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HalloBot.EndToEndTests.Infrastructure;

/// <summary>
/// The real site on Kestrel at 127.0.0.1 with a temporary data folder, and Debian's Chromium driven by
/// Playwright. One per test class collection: starting both takes a few seconds.
/// </summary>
public class SiteFixture : IAsyncLifetime, IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "hallobot-e2e-" + Guid.NewGuid().ToString("N"));
    private SiteFactory? _factory;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The site's services, e.g. for a test that needs its search index filled before it starts.</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The site has not started.");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        _factory = new SiteFactory(_dataDirectory, Settings);
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        BaseAddress = new Uri(addresses.Addresses.Single());
        await SeedAsync(_factory.Services);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Without these Chromium tries to reach Google's services at start, which this closed network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by SQLite's pool is left for the OS to clean up with the temp folder.
        }
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Settings on top of the test environment's, for a site that must differ (e.g. tiny rate limits).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _factory?.Dispose();
            _playwright?.Dispose();
        }
    }

    /// <summary>A fresh German-speaking browser context whose requests are recorded for the same-origin check.</summary>
    public async Task<VisitedPage> OpenPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "de-DE",
            TimezoneId = "Europe/Berlin",
            BaseURL = BaseAddress.ToString(),
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(10_000);
        // Page loads wait longer than element look-ups: the shared CI machine is often loaded far beyond its cores.
        page.SetDefaultNavigationTimeout(60_000);
        return new VisitedPage(context, page, BaseAddress);
    }

    private static string ChromiumPath =>
        Environment.GetEnvironmentVariable("HALLOBOT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static async Task SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HalloBotDbContext>();
        var now = DateTime.UtcNow;
        var bakery = new Category("Bäckerei");
        var cafe = new Category("Café");
        var bikes = new Category("Fahrradladen");
        var kirchhellen = new District("Kirchhellen");
        var stadtmitte = new District("Stadtmitte");
        db.AddRange(bakery, cafe, bikes, kirchhellen, stadtmitte);
        await db.SaveChangesAsync();

        db.Listings.AddRange(
            Listing(E2ESeed.BakeryName, E2ESeed.BakerySlug, "Hauptstraße 12", "46244", kirchhellen, [bakery, cafe],
                "Mo-Fr 06:30-18:00; Sa 07:00-13:00; Su,PH off", now),
            Listing("Radhaus Overbeck", "radhaus-overbeck", "Hochstraße 3", "46236", stadtmitte, [bikes],
                "Tu-Fr 10:00-18:00; Sa 10:00-14:00", now),
            Listing("Backstube Entwurf", "backstube-entwurf", "Poststraße 1", "46236", stadtmitte, [bakery], null, now,
                ListingStatus.Draft));
        await db.SaveChangesAsync();
    }

    private static Listing Listing(string name, string slug, string street, string postalCode, District district,
        IReadOnlyList<Category> categories, string? hours, DateTime now, ListingStatus status = ListingStatus.Published)
    {
        var listing = new Listing(name, slug, new PostalAddress(street, postalCode, "Bottrop"), now)
        {
            Description = "Frische Brötchen ab 6:30 Uhr.\nKuchen auf Bestellung.",
            Phone = "02041 123456",
            Email = "info@example.org",
            Website = "https://example.org/",
            OpeningHours = hours,
            Keywords = ["Brötchen", "Kuchen"],
            Features = ListingFeatures.CardPayment | ListingFeatures.WheelchairAccessible,
            Location = new GeoPoint(51.6050, 6.9210),
            Status = status,
        };
        listing.SetDistrict(district);
        listing.SetCategories(categories);
        return listing;
    }

    private sealed class SiteFactory(string dataDirectory, IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("HalloBot:DataDirectory", dataDirectory);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}

public static class E2ESeed
{
    public const string BakeryName = "Bäckerei Kortmann";
    public const string BakerySlug = "baeckerei-kortmann";
}
