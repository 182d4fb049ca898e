using System.Globalization;
using System.Net;
using HalloBot.Domain.Accounts;
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

namespace HalloBot.EndToEndTests.Infrastructure;

/// <summary>
/// The real site on Kestrel at 127.0.0.1 that sends its mail over SMTP to a real server (Debian's aiosmtpd) the
/// fixture starts, and Debian's Chromium. A derived fixture seeds what its journey needs in <see cref="SeedAsync"/>.
/// </summary>
public abstract class MailSiteFixture : IAsyncLifetime, IDisposable
{
    public const string MemberPassword = "Zechenhaus-Bottrop-2026";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "hallobot-e2e-mail-" + Guid.NewGuid().ToString("N"));
    private Factory? _factory;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public SmtpServer Smtp { get; private set; } = null!;

    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The site has not started.");

    public async Task InitializeAsync()
    {
        Smtp = await SmtpServer.StartAsync();
        Directory.CreateDirectory(_dataDirectory);
        _factory = new Factory(_dataDirectory, Smtp.Port);
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseAddress = new Uri(_factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        await SeedAsync(_factory.Services);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("HALLOBOT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    protected abstract Task SeedAsync(IServiceProvider services);

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
        GC.SuppressFinalize(this);
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
        page.SetDefaultTimeout(30_000);
        return new VisitedPage(context, page, BaseAddress);
    }

    /// <summary>A browser signed in with a cookie the site itself issues (the sign-in form has tests of its own).</summary>
    public async Task<VisitedPage> OpenSignedInAsync(Member member)
    {
        var visit = await OpenPageAsync();
        await using var scope = Services.CreateAsyncScope();
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

    /// <summary>A confirmed member, staff when asked.</summary>
    protected static async Task<Member> CreateMemberAsync(IServiceProvider services, string email, string displayName, bool staff = false)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var member = new Member { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, CreatedAt = DateTime.UtcNow };
        Check(await users.CreateAsync(member, MemberPassword));
        if (staff)
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(Roles.Admin))
            {
                Check(await roles.CreateAsync(new IdentityRole(Roles.Admin)));
            }

            Check(await users.AddToRoleAsync(member, Roles.Admin));
        }

        return member;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
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
