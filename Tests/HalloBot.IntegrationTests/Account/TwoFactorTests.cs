using System.Net;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Account;

/// <summary>Two-factor sign-in set up as a member would, with codes computed here as an authenticator app would.</summary>
public sealed class TwoFactorTests
{
    [Fact]
    public async Task Setup_WithCodeFromKey_ThenSignInAsksForCode_AndRecoveryCodeWorksOnce()
    {
        await using var app = new AccountApp();
        var member = await app.CreateMemberAsync("baecker@example.org");
        var client = await app.CreateClientSignedInAsAsync(member);

        var setup = await AccountApp.ParseAsync(await client.GetAsync(new Uri("/konto/zwei-faktor", UriKind.Relative)));
        var qr = setup.QuerySelector("img.qr-code");
        Assert.StartsWith("data:image/png;base64,iVBOR", qr?.GetAttribute("src"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(qr?.GetAttribute("alt")));
        var key = setup.QuerySelector(".authenticator-key")?.TextContent ?? "";

        var wrong = await client.SubmitAsync("/konto/zwei-faktor", new Dictionary<string, string> { ["Code"] = "000000" }, "main form");
        Assert.Equal("Der Code oder Link ist ungültig oder abgelaufen.", (await AccountApp.ParseAsync(wrong)).QuerySelector("#Code-fehler")?.TextContent.Trim());

        var enabled = await client.SubmitAsync("/konto/zwei-faktor", new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) }, "main form");
        var codes = (await AccountApp.ParseAsync(enabled)).QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, codes.Count);
        Assert.True(await app.QueryAsync(db => db.Users.Where(u => u.Id == member.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Equal("Anmeldung in zwei Schritten eingeschaltet", (await app.WaitForMailAsync("baecker@example.org")).Subject);

        // A new browser: the password alone is not enough.
        var browser = app.CreateCookieClient();
        var password = await AccountApp.SignInAsync(browser, "baecker@example.org", TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/konto/anmelden/code", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync(new Uri("/konto", UriKind.Relative))).StatusCode);

        var badCode = await browser.SubmitAsync(password.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Code"] = "123456" }, "main form");
        Assert.Equal(HttpStatusCode.Unauthorized, badCode.StatusCode);
        var signedIn = await browser.SubmitAsync(password.Headers.Location!.OriginalString,
            new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) }, "main form");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri("/konto", UriKind.Relative))).StatusCode);

        // Another browser, without the phone: a recovery code signs in once.
        var withoutPhone = app.CreateCookieClient();
        await AccountApp.SignInAsync(withoutPhone, "baecker@example.org", TestAccounts.Password);
        var recovered = await withoutPhone.SubmitAsync("/konto/anmelden/wiederherstellungscode", new Dictionary<string, string> { ["Code"] = codes[0] }, "main form");
        Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);

        var reuse = app.CreateCookieClient();
        await AccountApp.SignInAsync(reuse, "baecker@example.org", TestAccounts.Password);
        var reused = await reuse.SubmitAsync("/konto/anmelden/wiederherstellungscode", new Dictionary<string, string> { ["Code"] = codes[0] }, "main form");
        Assert.Equal(HttpStatusCode.Unauthorized, reused.StatusCode);
    }

    [Fact]
    public async Task CodePage_WithoutPasswordFirst_SendsToSignIn()
    {
        await using var app = new AccountApp();

        var response = await app.CreateCookieClient().GetAsync(new Uri("/konto/anmelden/code", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/konto/anmelden", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Disable_WithPassword_SwitchesOffAndPasswordAloneSignsInAgain()
    {
        await using var app = new AccountApp();
        var member = await app.CreateMemberAsync("baecker@example.org");
        var client = await app.CreateClientSignedInAsAsync(member);
        var key = (await AccountApp.ParseAsync(await client.GetAsync(new Uri("/konto/zwei-faktor", UriKind.Relative)))).QuerySelector(".authenticator-key")?.TextContent ?? "";
        await client.SubmitAsync("/konto/zwei-faktor", new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) }, "main form");

        var wrong = await client.SubmitAsync("/konto/zwei-faktor/ausschalten", new Dictionary<string, string> { ["CurrentPassword"] = "falsch-falsch-falsch" }, "main form");
        Assert.Equal("Das Passwort ist nicht richtig.", (await AccountApp.ParseAsync(wrong)).QuerySelector("#CurrentPassword-fehler")?.TextContent.Trim());
        var off = await client.SubmitAsync("/konto/zwei-faktor/ausschalten", new Dictionary<string, string> { ["CurrentPassword"] = TestAccounts.Password }, "main form");

        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Users.Where(u => u.Id == member.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));
        var signIn = await AccountApp.SignInAsync(app.CreateCookieClient(), "baecker@example.org", TestAccounts.Password);
        Assert.Equal("/konto", signIn.Headers.Location?.OriginalString);
    }
}
