using System.Net;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Account;

public sealed class PasswordResetTests
{
    private const string NewPassword = "Malakowturm am Prosperplatz";

    [Fact]
    public async Task Forgot_KnownAndUnknownAddress_SameAnswerAndMailOnlyToTheAccount()
    {
        await using var app = new AccountApp();
        await app.CreateMemberAsync("baecker@example.org");
        var client = app.CreateCookieClient();

        var known = await client.SubmitAsync("/konto/passwort-vergessen", new Dictionary<string, string> { ["Email"] = "baecker@example.org" }, "main form");
        var unknown = await client.SubmitAsync("/konto/passwort-vergessen", new Dictionary<string, string> { ["Email"] = "niemand@example.org" }, "main form");

        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(known.Headers.Location, unknown.Headers.Location);
        var mail = await app.WaitForMailAsync("baecker@example.org");
        Assert.Equal("Ihr Passwort bei Hallo-Bot Bottrop zurücksetzen", mail.Subject);
        Assert.Empty(app.MailsTo("niemand@example.org"));
        Assert.False(await app.QueryAsync(db => db.OutgoingMails.AnyAsync(m => m.Recipient == "niemand@example.org")));
    }

    [Fact]
    public async Task Reset_LinkFromMail_NewPasswordWorksOldDoesNotLinkWorksOnce()
    {
        await using var app = new AccountApp();
        await app.CreateMemberAsync("baecker@example.org");
        var client = app.CreateCookieClient();
        await client.SubmitAsync("/konto/passwort-vergessen", new Dictionary<string, string> { ["Email"] = "baecker@example.org" }, "main form");
        var link = AccountApp.LinkIn(await app.WaitForMailAsync("baecker@example.org"), "/konto/passwort-neu");

        var page = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("no-referrer", (await AccountApp.ParseAsync(page)).QuerySelector("meta[name=referrer]")?.GetAttribute("content"));

        var weak = await client.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = "bottrop2026!!", ["ConfirmPassword"] = "bottrop2026!!" }, "main form");
        Assert.StartsWith("Dieses Passwort ist zu verbreitet", Assert.Single(await AccountApp.FieldErrorsAsync(weak)), StringComparison.Ordinal);

        var reset = await client.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword }, "main form");
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal("Passwort gespeichert", (await AccountApp.ParseAsync(reset)).QuerySelector("h1")?.TextContent);

        Assert.Equal(HttpStatusCode.Unauthorized, (await AccountApp.SignInAsync(client, "baecker@example.org", TestAccounts.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AccountApp.SignInAsync(client, "baecker@example.org", NewPassword)).StatusCode);

        // The password changed, so the token (bound to the security stamp) no longer works.
        var again = await app.CreateCookieClient().GetAsync(link);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal("Link ungültig oder abgelaufen", (await AccountApp.ParseAsync(again)).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Reset_AlteredLink_ShowsInvalidLinkPage()
    {
        await using var app = new AccountApp();
        var member = await app.CreateMemberAsync("baecker@example.org");

        var response = await app.CreateCookieClient().GetAsync(new Uri($"/konto/passwort-neu?id={member.Id}&code=bm9wZQ", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await AccountApp.ParseAsync(response)).QuerySelector("input[name=Password]"));
    }

    [Fact]
    public async Task Change_WrongCurrentPassword_SaidAtThatField_RightOneChangesIt()
    {
        await using var app = new AccountApp();
        var member = await app.CreateMemberAsync("baecker@example.org");
        var client = await app.CreateClientSignedInAsAsync(member);

        var wrong = await client.SubmitAsync("/konto/passwort-aendern", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "nicht-das-passwort", ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword,
        }, "main form");
        Assert.Equal("Das Passwort ist nicht richtig.", (await AccountApp.ParseAsync(wrong)).QuerySelector("#CurrentPassword-fehler")?.TextContent.Trim());

        var changed = await client.SubmitAsync("/konto/passwort-aendern", new Dictionary<string, string>
        {
            ["CurrentPassword"] = TestAccounts.Password, ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword,
        }, "main form");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("/konto", changed.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/konto", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AccountApp.SignInAsync(app.CreateCookieClient(), "baecker@example.org", NewPassword)).StatusCode);
    }

    [Fact]
    public async Task Forgot_MoreThanTheLimit_429()
    {
        await using var app = new AccountApp(new Dictionary<string, string> { ["HalloBot:RateLimits:PasswordReset:PermitLimit"] = "2" });
        var client = app.CreateCookieClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.SubmitAsync("/konto/passwort-vergessen", new Dictionary<string, string> { ["Email"] = $"a{i}@example.org" }, "main form")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
    }
}
