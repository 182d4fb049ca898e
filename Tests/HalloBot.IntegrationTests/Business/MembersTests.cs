using System.Net;
using System.Text.RegularExpressions;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Business;

public sealed partial class MembersTests
{
    [Fact]
    public async Task Invite_Colleague_MailWithLinkOnlyHashStoredAndAcceptAddsMembership()
    {
        await using var app = await BusinessApp.StartAsync();
        var anna = await app.CreateMemberAsync("anna@example.org", false, app.ListingA);
        var annaClient = await app.CreateClientSignedInAsAsync(anna);

        var response = await annaClient.SubmitAsync(BusinessApp.MembersPath(app.ListingA), [KeyValuePair.Create("email", "bernd@example.org")], "#einladen-formular");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mail = Assert.Single(await app.MailsToAsync("bernd@example.org"));
        Assert.Contains("Bäckerei Anton", mail.Subject, StringComparison.Ordinal);
        var token = InvitationLink().Match(mail.TextBody).Groups["token"].Value;
        Assert.Equal(43, token.Length);
        var invitation = await app.QueryAsync(db => db.MembershipInvitations.AsNoTracking().SingleAsync());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token))), invitation.TokenHash);
        Assert.DoesNotContain(token, invitation.TokenHash, StringComparison.Ordinal);
        Assert.Contains("bernd@example.org", await annaClient.GetStringAsync(BusinessApp.MembersPath(app.ListingA)), StringComparison.Ordinal);

        // Anyone with the link sees what it is for and is asked to sign in first.
        var anonymousPage = await app.CreateCookieClient().GetStringAsync($"/einladung/{token}");
        Assert.Contains("Bäckerei Anton", anonymousPage, StringComparison.Ordinal);
        Assert.Contains($"/konto/anmelden?ReturnUrl=%2Feinladung%2F{token}", anonymousPage, StringComparison.Ordinal);

        // Accepting works with any account, not only one with the invited address.
        var bernd = await app.CreateMemberAsync("bernd.privat@example.org");
        var berndClient = await app.CreateClientSignedInAsAsync(bernd);
        var accepted = await berndClient.SubmitAsync($"/einladung/{token}", [], "#einladung-annehmen");

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(BusinessApp.EditPath(app.ListingA), accepted.Headers.Location!.OriginalString);
        Assert.True(await app.QueryAsync(db => db.ListingMemberships.AnyAsync(m => m.ListingId == app.ListingA && m.MemberId == bernd.Id)));
        Assert.Equal(HttpStatusCode.OK, (await berndClient.GetAsync(BusinessApp.EditPath(app.ListingA))).StatusCode);

        // The link is used up.
        var again = await berndClient.GetAsync($"/einladung/{token}");
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("wurde schon angenommen", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_AfterFourteenDays_ExpiredPageAndNoMembership()
    {
        await using var app = await BusinessApp.StartAsync();
        var annaClient = await app.CreateClientSignedInAsAsync(await app.CreateMemberAsync("anna@example.org", false, app.ListingA));
        await annaClient.SubmitAsync(BusinessApp.MembersPath(app.ListingA), [KeyValuePair.Create("email", "bernd@example.org")], "#einladen-formular");
        var token = InvitationLink().Match((await app.MailsToAsync("bernd@example.org")).Single().TextBody).Groups["token"].Value;
        var bernd = await app.CreateMemberAsync("bernd@example.org");
        var berndClient = await app.CreateClientSignedInAsAsync(bernd);
        var acceptToken = await berndClient.AntiforgeryTokenAsync($"/einladung/{token}");

        // AdjustTime, not Advance: Advance would fire every periodic timer of the host once per period over 14 days.
        app.Clock.AdjustTime(app.Clock.GetUtcNow() + TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));
        var response = await berndClient.PostAsync($"/einladung/{token}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = acceptToken }));

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("ist abgelaufen", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.ListingMemberships.AnyAsync(m => m.MemberId == bernd.Id)));
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("kurz")]
    public async Task Show_UnknownToken_ClearNotFoundPage(string token)
    {
        await using var app = await BusinessApp.StartAsync();

        var response = await app.CreateCookieClient().GetAsync($"/einladung/{token}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Diesen Einladungslink kennen wir nicht", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("keine-adresse", "„keine-adresse“ ist keine gültige E-Mail-Adresse.")]
    [InlineData("anna@example.org", "anna@example.org pflegt diesen Eintrag schon.")]
    [InlineData("", "Ein Wert ist nötig")]
    public async Task Invite_BadAddress_ErrorAndNoInvitation(string email, string message)
    {
        await using var app = await BusinessApp.StartAsync();
        var annaClient = await app.CreateClientSignedInAsAsync(await app.CreateMemberAsync("anna@example.org", false, app.ListingA));

        var response = await annaClient.SubmitAsync(BusinessApp.MembersPath(app.ListingA), [KeyValuePair.Create("email", email)], "#einladen-formular");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = FormPage.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, page.QuerySelector("#Email-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.MembershipInvitations.CountAsync()));
        Assert.Equal(0, await app.QueryAsync(db => db.OutgoingMails.CountAsync()));
    }

    [Fact]
    public async Task Leave_Member_MembershipGoneAndNoMoreAccess()
    {
        await using var app = await BusinessApp.StartAsync();
        var anna = await app.CreateMemberAsync("anna@example.org", false, app.ListingA);
        var other = await app.CreateMemberAsync("otto@example.org", false, app.ListingA);
        var client = await app.CreateClientSignedInAsAsync(anna);

        var response = await client.SubmitAsync(BusinessApp.MembersPath(app.ListingA), [], "#verlassen-formular");

        Assert.Equal("/betrieb", response.Headers.Location!.OriginalString);
        Assert.False(await app.QueryAsync(db => db.ListingMemberships.AnyAsync(m => m.MemberId == anna.Id)));
        Assert.True(await app.QueryAsync(db => db.ListingMemberships.AnyAsync(m => m.MemberId == other.Id)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(BusinessApp.EditPath(app.ListingA))).StatusCode);
    }

    [GeneratedRegex(@"http://localhost/einladung/(?<token>[A-Za-z0-9_-]+)")]
    private static partial Regex InvitationLink();
}
