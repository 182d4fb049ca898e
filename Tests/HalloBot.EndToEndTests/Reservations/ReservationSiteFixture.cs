using System.Globalization;
using System.Net;
using HalloBot.Domain.Accounts;
using HalloBot.Domain.Businesses;
using HalloBot.Domain.Categories;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Offers;
using HalloBot.Domain.Persistence;
using HalloBot.EndToEndTests.Infrastructure;
using HalloBot.Tests.Shared;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace HalloBot.EndToEndTests.Reservations;

/// <summary>
/// The real site on Kestrel at 127.0.0.1 sending its mail to a real SMTP server (aiosmtpd), with a shop that has a
/// reservable offer and a member who keeps it, and Debian's Chromium.
/// </summary>
public sealed class ReservationSiteFixture : IAsyncLifetime, IDisposable
{
    public const string ShopName = "Bäckerei Sonnenschein";
    public const string ShopSlug = "baeckerei-sonnenschein";
    public const string OfferTitle = "Roggenbrot 1 kg";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "hallobot-e2e-resv-" + Guid.NewGuid().ToString("N"));
    private Factory? _factory;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public SmtpServer Smtp { get; private set; } = null!;
    public Member ShopMember { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Smtp = await SmtpServer.StartAsync();
        Directory.CreateDirectory(_dataDirectory);
        _factory = new Factory(_dataDirectory, Smtp.Port);
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseAddress = new Uri(_factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        ShopMember = await SeedAsync(_factory.Services);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("HALLOBOT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            // A German browser: date and time fields take day, month, year and 24-hour times, as residents type them.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--lang=de-DE"],
            Env = new Dictionary<string, string> { ["LANG"] = "de_DE.UTF-8", ["LANGUAGE"] = "de_DE:de" },
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

        await Smtp.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS's temp cleanup when SQLite's pool still holds the file.
        }
    }

    public void Dispose()
    {
        _factory?.Dispose();
        _playwright?.Dispose();
    }

    public async Task<VisitedPage> OpenPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "de-DE",
            TimezoneId = "Europe/Berlin",
            BaseURL = BaseAddress.ToString(),
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return new VisitedPage(context, page, BaseAddress);
    }

    /// <summary>A browser signed in with a cookie the site itself issues (the sign-in form has tests of its own).</summary>
    public async Task<VisitedPage> OpenSignedInAsync(Member member)
    {
        var visit = await OpenPageAsync();
        await using var scope = _factory!.Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<Member>>();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<Member>>().FindByIdAsync(member.Id);
        var principal = await signIn.CreateUserPrincipalAsync(user!);
        var options = scope.ServiceProvider.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties(), IdentityConstants.ApplicationScheme);
        await visit.Page.Context.AddCookiesAsync(
        [
            new Microsoft.Playwright.Cookie { Name = options.Cookie.Name!, Value = options.TicketDataFormat.Protect(ticket), Url = BaseAddress.ToString() },
        ]);
        return visit;
    }

    /// <summary>Today in Bottrop, as the site reckons it.</summary>
    public static DateOnly Today =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<Member> SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HalloBotDbContext>();
        var bakery = new Category("Bäckerei");
        var listing = new Listing(ShopName, ShopSlug, new PostalAddress("Gladbecker Straße 5", "46236", "Bottrop"), DateTime.UtcNow)
        {
            Status = ListingStatus.Published,
            Description = "Brot aus dem Steinofen.",
        };
        listing.SetCategories([bakery]);
        db.AddRange(bakery, listing);
        await db.SaveChangesAsync();
        db.Offers.Add(new Offer(listing.Id, OfferTitle, OfferPrice.Fixed(450), Today.AddDays(-1), DateTime.UtcNow)
        {
            Description = "Kräftig, mit Sauerteig.",
            IsReservable = true,
            HoldDays = 2,
        });
        await db.SaveChangesAsync();

        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var member = new Member { UserName = "laden@example.org", Email = "laden@example.org", EmailConfirmed = true, DisplayName = "Sonja Sonnenschein", CreatedAt = DateTime.UtcNow };
        if (!(await users.CreateAsync(member, "Zechenhaus-Bottrop-2026")).Succeeded)
        {
            throw new InvalidOperationException("The shop's member could not be created.");
        }

        db.ListingMemberships.Add(new ListingMembership(listing.Id, member.Id, DateTime.UtcNow));
        await db.SaveChangesAsync();
        return member;
    }

    private sealed class Factory(string dataDirectory, int smtpPort) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("HalloBot:DataDirectory", dataDirectory);
            builder.UseSetting("HalloBot:Mail:Provider", "Smtp");
            builder.UseSetting("HalloBot:Mail:Smtp:Host", "127.0.0.1");
            builder.UseSetting("HalloBot:Mail:Smtp:Port", smtpPort.ToString(CultureInfo.InvariantCulture));
            builder.UseSetting("HalloBot:Mail:Smtp:Security", "None");
            builder.UseSetting("HalloBot:Mail:Smtp:TimeoutSeconds", "5");
        }
    }
}
