using System.Net;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace HalloBot.IntegrationTests.Operations;

/// <summary>
/// Two web instances behind a proxy share one database and nothing else (docs/deployment.md): a cookie or
/// antiforgery token one instance issued must be accepted by the other, because the data-protection keys
/// live in the database. Each instance here has its own data folder (index, media, mail) and the first one's
/// SQLite file as its database.
/// </summary>
public sealed class ScaleOutTests : IAsyncLifetime, IDisposable
{
    private readonly HalloBotAppFactory _first = new();
    private SecondInstance _second = null!;

    public async Task InitializeAsync()
    {
        _ = _first.Server; // The first instance creates and migrates the database.
        _second = new SecondInstance(Path.Combine(_first.DataDirectory, "hallobot.db"));
        _ = _second.Server;
        await Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _second?.Dispose();
        _first.Dispose();
    }

    [Fact]
    public async Task SignIn_OnOneInstance_IsAcceptedByTheOther()
    {
        var member = await _first.CreateMemberAsync("schichtwechsel@example.org");
        var cookies = new CookieContainer();
        using var first = Client(_first, cookies);
        using var second = Client(_second, cookies);

        var signIn = await first.SubmitAsync(
            "/konto/anmelden",
            [new("Email", member.Email!), new("Password", TestAccounts.Password)],
            "form.account-form");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var account = await second.GetAsync("/konto");

        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Contains("schichtwechsel@example.org", await account.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormFromOneInstance_PostedToTheOther_PassesTheAntiforgeryCheck()
    {
        var member = await _first.CreateMemberAsync("formular@example.org");
        var cookies = new CookieContainer();
        using var first = Client(_first, cookies);
        using var second = Client(_second, cookies);
        var token = await first.AntiforgeryTokenAsync("/konto/anmelden");

        var signIn = await second.PostAsync("/konto/anmelden", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token),
            new("Email", member.Email!),
            new("Password", TestAccounts.Password),
        ]));

        // A token the second instance could not read would give 400; a sign-in it accepts redirects.
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var account = await first.GetAsync("/konto");
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
    }

    [Fact]
    public async Task KeyRing_IsOneSetOfKeysInTheSharedDatabase()
    {
        using var first = Client(_first, new CookieContainer());
        using var second = Client(_second, new CookieContainer());
        await first.GetAsync("/konto/anmelden");
        await second.GetAsync("/konto/anmelden");

        var keys = await _first.QueryAsync(db => Task.FromResult(db.DataProtectionKeys.Count()));

        Assert.Equal(1, keys);
    }

    private static HttpClient Client(WebApplicationFactory<Program> app, CookieContainer cookies) =>
        app.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));

    private sealed class SecondInstance(string databaseFile) : HalloBotAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("HalloBot:Database:ConnectionString", $"Data Source={databaseFile}");
        }
    }
}
