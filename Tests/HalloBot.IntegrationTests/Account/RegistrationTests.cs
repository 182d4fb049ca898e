using System.Net;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Account;

/// <summary>Register → confirmation mail in the pickup folder → confirm → sign in, through the real forms.</summary>
public sealed class RegistrationTests
{
    [Fact]
    public async Task Register_ConfirmLinkFromMailThenSignIn_ReachesMyAccount()
    {
        await using var app = new AccountApp();
        var client = app.CreateCookieClient();

        var registered = await AccountApp.RegisterAsync(client, "erika@example.org");
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal("/konto/registrieren/gesendet", registered.Headers.Location?.OriginalString);

        // Not yet confirmed: the right password hears why it cannot sign in.
        var early = await AccountApp.SignInAsync(client, "erika@example.org");
        Assert.Equal(HttpStatusCode.Unauthorized, early.StatusCode);
        Assert.Contains("bestätigen Sie zuerst", (await AccountApp.ParseAsync(early)).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);

        var mail = await app.WaitForMailAsync("erika@example.org");
        Assert.Equal("Bitte bestätigen Sie Ihre E-Mail-Adresse", mail.Subject);
        Assert.Contains("Guten Tag Erika Kortmann,", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("href=\"http://localhost/konto/bestaetigen?id=", mail.HtmlBody, StringComparison.Ordinal);

        var confirmed = await client.GetAsync(AccountApp.LinkIn(mail, "/konto/bestaetigen"));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("E-Mail-Adresse bestätigt", (await AccountApp.ParseAsync(confirmed)).QuerySelector("h1")?.TextContent);

        var signedIn = await AccountApp.SignInAsync(client, "erika@example.org");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/konto", signedIn.Headers.Location?.OriginalString);

        var account = await AccountApp.ParseAsync(await client.GetAsync(new Uri("/konto", UriKind.Relative)));
        Assert.Equal("Mein Konto", account.QuerySelector("h1")?.TextContent);
        Assert.Contains("erika@example.org", account.QuerySelector(".lead")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Abmelden", account.QuerySelector("header form[action='/konto/abmelden'] button")?.TextContent);
    }

    [Theory]
    [InlineData("passwort1234")]
    [InlineData("Schalke04Schalke04")]
    [InlineData("bottrop46236!")]
    [InlineData("hallohallo2026")]
    [InlineData("qwertzuiop123")]
    [InlineData("Ichliebedich!!")]
    public async Task Register_CommonPassword_RefusedWithGermanReason(string password)
    {
        await using var app = new AccountApp();
        var client = app.CreateCookieClient();

        var response = await AccountApp.RegisterAsync(client, "heinz@example.org", password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = Assert.Single(await AccountApp.FieldErrorsAsync(response));
        Assert.StartsWith("Dieses Passwort ist zu verbreitet", error, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Users.AnyAsync()));
    }

    [Theory]
    [InlineData("hallo123456")]
    [InlineData("kurz")]
    public async Task Register_ShortPassword_RefusedWithGermanReason(string password)
    {
        await using var app = new AccountApp();
        var response = await AccountApp.RegisterAsync(app.CreateCookieClient(), "heinz@example.org", password);

        var errors = await AccountApp.FieldErrorsAsync(response);
        Assert.Contains("Das Passwort ist zu kurz: Es muss mindestens 12 Zeichen lang sein.", errors);
        Assert.False(await app.QueryAsync(db => db.Users.AnyAsync()));
    }

    [Fact]
    public async Task Register_PasswordIsTheEmailAddress_Refused()
    {
        await using var app = new AccountApp();
        var response = await AccountApp.RegisterAsync(app.CreateCookieClient(), "kiosk.am.berliner.platz@example.org", "Kiosk.am.Berliner.Platz@example.org");

        Assert.Contains("Das Passwort darf nicht Ihre E-Mail-Adresse oder Ihr Benutzername sein.", await AccountApp.FieldErrorsAsync(response));
    }

    [Fact]
    public async Task Register_EnglishPage_ExplainsInEnglish()
    {
        await using var app = new AccountApp();
        var client = app.CreateCookieClient();
        await client.GetAsync(new Uri("/sprache/en", UriKind.Relative));

        var response = await AccountApp.RegisterAsync(client, "heinz@example.org", "passwort1234");

        Assert.StartsWith("This password is too common", Assert.Single(await AccountApp.FieldErrorsAsync(response)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_MissingFieldsAndDifferentPasswords_SaysWhichField()
    {
        await using var app = new AccountApp();
        var response = await app.CreateCookieClient().SubmitAsync("/konto/registrieren", new Dictionary<string, string>
        {
            ["Email"] = "kein-at-zeichen",
            ["DisplayName"] = "",
            ["Password"] = AccountApp.Password,
            ["ConfirmPassword"] = AccountApp.Password + "x",
            ["Language"] = "de",
        }, "main form");

        var document = await AccountApp.ParseAsync(response);
        Assert.Contains("keine gültige E-Mail-Adresse", document.QuerySelector("#Email-fehler")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Ihr Name: Bitte ausfüllen.", document.QuerySelector("#DisplayName-fehler")?.TextContent.Trim());
        Assert.Equal("Die beiden Passwörter stimmen nicht überein.", document.QuerySelector("#ConfirmPassword-fehler")?.TextContent.Trim());
        Assert.Equal("true", document.QuerySelector("#Email")?.GetAttribute("aria-invalid"));
        Assert.Contains("Email-fehler", document.QuerySelector("#Email")?.GetAttribute("aria-describedby"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_AddressWithAccount_SameAnswerAndOwnerIsToldByMail()
    {
        await using var app = new AccountApp();
        await app.CreateMemberAsync("paul@example.org");

        var response = await AccountApp.RegisterAsync(app.CreateCookieClient(), "Paul@Example.org");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/konto/registrieren/gesendet", response.Headers.Location?.OriginalString);
        var mail = await app.WaitForMailAsync("paul@example.org");
        Assert.Equal("Sie haben bereits ein Konto bei Hallo-Bot Bottrop", mail.Subject);
        Assert.Equal(1, await app.QueryAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Register_InEnglish_ConfirmationMailInEnglishWithNameEncodedInHtml()
    {
        await using var app = new AccountApp();
        var response = await AccountApp.RegisterAsync(app.CreateCookieClient(), "anna@example.org", language: "en", name: "Anna <b>& Co</b>");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var mail = await app.WaitForMailAsync("anna@example.org");
        Assert.Equal("Please confirm your e-mail address", mail.Subject);
        Assert.Contains("Hello Anna <b>& Co</b>,", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Hello Anna &lt;b&gt;&amp; Co&lt;/b&gt;,", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("en", (await app.QueryAsync(db => db.Users.SingleAsync())).PreferredCulture);
    }

    [Fact]
    public async Task Confirm_AlteredCode_RefusedAndAddressStaysUnconfirmed()
    {
        await using var app = new AccountApp();
        var client = app.CreateCookieClient();
        await AccountApp.RegisterAsync(client, "erika@example.org");
        var link = AccountApp.LinkIn(await app.WaitForMailAsync("erika@example.org"), "/konto/bestaetigen");

        var response = await client.GetAsync(link[..^4] + "AAAA");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Link ungültig oder abgelaufen", (await AccountApp.ParseAsync(response)).QuerySelector("h1")?.TextContent);
        Assert.False((await app.QueryAsync(db => db.Users.SingleAsync())).EmailConfirmed);
    }

    [Fact]
    public async Task Resend_UnconfirmedAccount_SendsNewLinkThatWorks_UnknownAddressSameAnswer()
    {
        await using var app = new AccountApp();
        var client = app.CreateCookieClient();
        await AccountApp.RegisterAsync(client, "erika@example.org");
        await app.WaitForMailAsync("erika@example.org");

        var resent = await client.SubmitAsync("/konto/bestaetigung-erneut", new Dictionary<string, string> { ["Email"] = "erika@example.org" }, "main form");
        var unknown = await client.SubmitAsync("/konto/bestaetigung-erneut", new Dictionary<string, string> { ["Email"] = "niemand@example.org" }, "main form");

        Assert.Equal(resent.StatusCode, unknown.StatusCode);
        Assert.Equal(resent.Headers.Location, unknown.Headers.Location);
        var second = await app.WaitForMailAsync("erika@example.org", count: 2);
        var confirmed = await client.GetAsync(AccountApp.LinkIn(second, "/konto/bestaetigen"));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.True((await app.QueryAsync(db => db.Users.SingleAsync(u => u.Email == "erika@example.org"))).EmailConfirmed);
        Assert.Empty(app.MailsTo("niemand@example.org"));
    }

    [Fact]
    public async Task Register_WithoutAntiforgeryToken_Refused400AndNoAccount()
    {
        await using var app = new AccountApp();
        var client = app.CreateCookieClient();

        var response = await client.PostAsync(new Uri("/konto/registrieren", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "erika@example.org",
            ["DisplayName"] = "Erika",
            ["Password"] = AccountApp.Password,
            ["ConfirmPassword"] = AccountApp.Password,
            ["Language"] = "de",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Users.AnyAsync()));
    }
}
