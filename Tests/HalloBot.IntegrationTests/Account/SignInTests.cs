using System.Net;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Account;

public sealed class SignInTests
{
    [Fact]
    public async Task SignIn_WrongPasswordFiveTimes_LockedOutWithEndTimeEvenForRightPassword()
    {
        await using var app = new AccountApp();
        var member = await app.CreateMemberAsync("baecker@example.org");
        var client = app.CreateCookieClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await AccountApp.SignInAsync(client, "baecker@example.org", "falsches-passwort-" + attempt);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Contains("E-Mail-Adresse oder Passwort ist nicht richtig", (await AccountApp.ParseAsync(wrong)).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(4, await app.QueryAsync(db => db.Users.Where(u => u.Id == member.Id).Select(u => u.AccessFailedCount).SingleAsync()));
        var fifth = await AccountApp.SignInAsync(client, "baecker@example.org", "falsches-passwort-5");
        var right = await AccountApp.SignInAsync(client, "baecker@example.org", TestAccounts.Password);

        foreach (var response in new[] { fifth, right })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            var alert = (await AccountApp.ParseAsync(response)).QuerySelector("[role=alert]")?.TextContent ?? "";
            Assert.Matches(@"gesperrt, bis \d\d:\d\d Uhr am \d\d\.\d\d\.\d{4}", alert);
        }

        var lockoutEnd = await app.QueryAsync(db => db.Users.Where(u => u.Id == member.Id).Select(u => u.LockoutEnd).SingleAsync());
        Assert.NotNull(lockoutEnd);
        var shown = TimeZoneInfo.ConvertTime(lockoutEnd.Value, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"bis {shown} Uhr", (await AccountApp.ParseAsync(right)).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/konto", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task SignIn_UnknownAddress_SameAnswerAsWrongPassword()
    {
        await using var app = new AccountApp();
        await app.CreateMemberAsync("baecker@example.org");
        var client = app.CreateCookieClient();

        var unknown = await AccountApp.SignInAsync(client, "niemand@example.org", "irgendein-passwort");
        var wrong = await AccountApp.SignInAsync(client, "baecker@example.org", "irgendein-passwort");

        Assert.Equal(wrong.StatusCode, unknown.StatusCode);
        Assert.Equal(
            (await AccountApp.ParseAsync(wrong)).QuerySelector("[role=alert]")?.TextContent,
            (await AccountApp.ParseAsync(unknown)).QuerySelector("[role=alert]")?.TextContent);
    }

    [Fact]
    public async Task SignIn_UnconfirmedAccountWrongPassword_ToldNothingAboutTheAccountAndCounted()
    {
        await using var app = new AccountApp();
        var client = app.CreateCookieClient();
        await AccountApp.RegisterAsync(client, "neu@example.org");

        var response = await AccountApp.SignInAsync(client, "neu@example.org", "nicht-das-passwort");

        Assert.Contains("E-Mail-Adresse oder Passwort ist nicht richtig", (await AccountApp.ParseAsync(response)).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(db => db.Users.Select(u => u.AccessFailedCount).SingleAsync()));
    }

    [Fact]
    public async Task SignIn_ReturnUrl_GoesBackThereButNeverToAnotherSite()
    {
        await using var app = new AccountApp();
        await app.CreateMemberAsync("baecker@example.org");

        var local = await app.CreateCookieClient().SubmitAsync("/konto/anmelden?returnUrl=%2Fkonto%2Fpasswort-aendern",
            new Dictionary<string, string> { ["Email"] = "baecker@example.org", ["Password"] = TestAccounts.Password }, "main form");
        var foreign = await app.CreateCookieClient().SubmitAsync("/konto/anmelden?returnUrl=https%3A%2F%2Fevil.example%2F",
            new Dictionary<string, string> { ["Email"] = "baecker@example.org", ["Password"] = TestAccounts.Password }, "main form");

        Assert.Equal("/konto/passwort-aendern", local.Headers.Location?.OriginalString);
        Assert.Equal("/konto", foreign.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_Refused400()
    {
        await using var app = new AccountApp();
        await app.CreateMemberAsync("baecker@example.org");

        var response = await app.CreateCookieClient().PostAsync(new Uri("/konto/anmelden", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "baecker@example.org", ["Password"] = TestAccounts.Password }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("hallobot.auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_MoreThanTheLimitFromOneAddress_429WithRetryAfterAndGermanPage()
    {
        await using var app = new AccountApp(new Dictionary<string, string>
        {
            ["HalloBot:RateLimits:SignIn:PermitLimit"] = "3",
            ["HalloBot:RateLimits:SignIn:WindowSeconds"] = "600",
        });
        var client = app.CreateCookieClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await AccountApp.SignInAsync(client, $"versuch{i}@example.org", "irgendein-passwort")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        var refused = await AccountApp.SignInAsync(client, "versuch5@example.org", "irgendein-passwort");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 600);
        var page = await AccountApp.ParseAsync(refused);
        Assert.Equal("Zu viele Versuche in kurzer Zeit", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("de", page.DocumentElement.GetAttribute("lang"));
        Assert.Matches(@"in (einer Minute|\d+ Minuten)", page.QuerySelector("main")?.TextContent ?? "");

        // Only the attempts are limited: the form itself still shows.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/konto/anmelden", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task SignOut_Post_EndsTheSession()
    {
        await using var app = new AccountApp();
        var member = await app.CreateMemberAsync("baecker@example.org");
        var client = await app.CreateClientSignedInAsAsync(member);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/konto", UriKind.Relative))).StatusCode);

        var signedOut = await client.SubmitAsync("/konto", [], "header form[action='/konto/abmelden']");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var after = await client.GetAsync(new Uri("/konto", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("http://localhost/konto/anmelden?ReturnUrl=%2Fkonto", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Header_AnonymousAndSignedIn_ShowsTheRightAccountLinks()
    {
        await using var app = new AccountApp();
        var member = await app.CreateMemberAsync("baecker@example.org");

        var anonymous = await AccountApp.ParseAsync(await app.CreateCookieClient().GetAsync(new Uri("/", UriKind.Relative)));
        var signedIn = await AccountApp.ParseAsync(await (await app.CreateClientSignedInAsAsync(member)).GetAsync(new Uri("/", UriKind.Relative)));

        Assert.Equal("Anmelden", anonymous.QuerySelector(".account-nav a[href='/konto/anmelden']")?.TextContent);
        Assert.Null(anonymous.QuerySelector(".account-nav form"));
        Assert.Equal("Mein Konto", signedIn.QuerySelector(".account-nav a[href='/konto']")?.TextContent);
        Assert.NotNull(signedIn.QuerySelector(".account-nav form[method=post] input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task MyAccount_SaveNameAndLanguage_StoredAndConfirmed()
    {
        await using var app = new AccountApp();
        var member = await app.CreateMemberAsync("baecker@example.org");
        var client = await app.CreateClientSignedInAsAsync(member, followRedirects: true);

        var saved = await client.SubmitAsync("/konto", new Dictionary<string, string> { ["DisplayName"] = "Bäckerei Kortmann, Frau Kortmann", ["Language"] = "en" }, "main form");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("Ihre Angaben wurden gespeichert.", (await AccountApp.ParseAsync(saved)).QuerySelector("[role=status]")?.TextContent.Trim());
        var stored = await app.QueryAsync(db => db.Users.SingleAsync(u => u.Id == member.Id));
        Assert.Equal(("Bäckerei Kortmann, Frau Kortmann", "en"), (stored.DisplayName, stored.PreferredCulture));

        var invalid = await client.SubmitAsync("/konto", new Dictionary<string, string> { ["DisplayName"] = "", ["Language"] = "fr" }, "main form");
        var errors = await AccountApp.FieldErrorsAsync(invalid);
        Assert.Contains("Ihr Name: Bitte ausfüllen.", errors);
        Assert.Contains("Bitte wählen Sie Deutsch oder Englisch.", errors);
    }
}
