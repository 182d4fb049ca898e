using System.Net;
using HalloBot.Domain.Accounts;
using HalloBot.Domain.Reviews;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.IntegrationTests.Business;

public sealed class ClaimAndReviewTests
{
    private const string StaffAddress = "wirtschaftsfoerderung@bottrop.example";

    [Fact]
    public async Task ListingPage_Anonymous_LinkLeadsToSignInAndBack()
    {
        await using var app = await BusinessApp.StartAsync();
        var client = app.CreateCookieClient();

        var page = FormPage.Parse(await client.GetStringAsync("/b/cafe-berta"));
        var link = page.QuerySelectorAll("a").Single(a => a.TextContent == "Das ist mein Betrieb").GetAttribute("href")!;
        var response = await client.GetAsync(link);

        Assert.Equal("/betrieb/beanspruchen/cafe-berta", link);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("http://localhost/konto/anmelden?ReturnUrl=%2Fbetrieb%2Fbeanspruchen%2Fcafe-berta", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Claim_WithJustification_PendingRequestAndStaffMail()
    {
        await using var app = await BusinessApp.StartAsync();
        var member = await app.CreateMemberAsync("berta@example.org");
        var client = await app.CreateClientSignedInAsAsync(member);

        var response = await client.SubmitAsync("/betrieb/beanspruchen/cafe-berta", [KeyValuePair.Create("justification", "Ich bin die Inhaberin des Cafés.")], "form.form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ihre Anfrage ist beim Amt für Wirtschaftsförderung eingegangen", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var request = await app.QueryAsync(db => db.ListingRequests.AsNoTracking().SingleAsync());
        Assert.Equal((ListingRequestKind.Claim, ListingRequestStatus.Pending, app.ListingB, member.Id), (request.Kind, request.Status, request.ListingId, request.MemberId));
        Assert.Equal("Ich bin die Inhaberin des Cafés.", request.Justification);
        var mail = Assert.Single(await app.MailsToAsync(StaffAddress));
        Assert.Contains("Café Berta", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Ich bin die Inhaberin des Cafés.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("http://localhost/verwaltung/pruefung", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.ListingMemberships.CountAsync()));
    }

    [Fact]
    public async Task Claim_SecondTimeWhilePending_NoSecondRequest()
    {
        await using var app = await BusinessApp.StartAsync();
        var member = await app.CreateMemberAsync("berta@example.org");
        var client = await app.CreateClientSignedInAsAsync(member);
        await client.SubmitAsync("/betrieb/beanspruchen/cafe-berta", [KeyValuePair.Create("justification", "Inhaberin")], "form.form");
        var token = await client.AntiforgeryTokenAsync("/betrieb/neu");

        var again = await client.PostAsync("/betrieb/beanspruchen/cafe-berta", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["justification"] = "Nochmal",
        }));

        Assert.Contains("die Anfrage wird noch geprüft", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(db => db.ListingRequests.CountAsync()));
        Assert.Single(await app.MailsToAsync(StaffAddress));
    }

    [Theory]
    [InlineData("", "Ein Wert ist nötig")]
    [InlineData("   ", "Ein Wert ist nötig")]
    public async Task Claim_WithoutJustification_ErrorAndNoRequest(string justification, string message)
    {
        await using var app = await BusinessApp.StartAsync();
        var client = await app.CreateClientSignedInAsAsync(await app.CreateMemberAsync("berta@example.org"));

        var response = await client.SubmitAsync("/betrieb/beanspruchen/cafe-berta", [KeyValuePair.Create("justification", justification)], "form.form");

        var page = FormPage.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, page.QuerySelector("#Justification-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.ListingRequests.CountAsync()));
    }

    [Fact]
    public async Task Claim_TooLongJustification_ErrorAndNoRequest()
    {
        await using var app = await BusinessApp.StartAsync();
        var client = await app.CreateClientSignedInAsAsync(await app.CreateMemberAsync("berta@example.org"));

        var response = await client.SubmitAsync("/betrieb/beanspruchen/cafe-berta", [KeyValuePair.Create("justification", new string('a', 2001))], "form.form");

        Assert.Contains("Ist 2001 Zeichen lang; höchstens 2000 sind erlaubt", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.ListingRequests.CountAsync()));
    }

    [Fact]
    public async Task Approve_Claim_MembershipAndApplicantMailInTheirLanguage()
    {
        await using var app = await BusinessApp.StartAsync();
        var existing = await app.CreateMemberAsync("alt@example.org", false, app.ListingB);
        var applicant = await app.CreateMemberAsync("berta@example.org");
        await SetCultureAsync(app, applicant, "en");
        var staff = await app.CreateMemberAsync("amt@example.org", staff: true);
        var applicantClient = await app.CreateClientSignedInAsAsync(applicant);
        await applicantClient.SubmitAsync("/betrieb/beanspruchen/cafe-berta", [KeyValuePair.Create("justification", "Neue Inhaberin seit Mai.")], "form.form");
        var staffClient = await app.CreateClientSignedInAsAsync(staff);

        var queue = await staffClient.GetStringAsync("/verwaltung/pruefung");
        Assert.Contains("Neue Inhaberin seit Mai.", queue, StringComparison.Ordinal);
        Assert.Contains("berta@example.org", queue, StringComparison.Ordinal);
        var requestId = await app.QueryAsync(db => db.ListingRequests.Select(r => r.Id).SingleAsync());
        var response = await staffClient.SubmitAsync("/verwaltung/pruefung", [], $"form[action='/verwaltung/pruefung/{requestId}/annehmen']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await app.QueryAsync(db => db.ListingMemberships.AnyAsync(m => m.ListingId == app.ListingB && m.MemberId == applicant.Id)));
        Assert.True(await app.QueryAsync(db => db.ListingMemberships.AnyAsync(m => m.ListingId == app.ListingB && m.MemberId == existing.Id)));
        var request = await app.QueryAsync(db => db.ListingRequests.AsNoTracking().SingleAsync());
        Assert.Equal((ListingRequestStatus.Approved, staff.Id), (request.Status, request.DecidedByMemberId));
        var mail = Assert.Single(await app.MailsToAsync("berta@example.org"));
        Assert.Equal("en", mail.Culture);
        Assert.Equal("Approved: your request about “Café Berta”", mail.Subject);
        Assert.Contains("you now keep the listing “Café Berta”", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await applicantClient.GetAsync(BusinessApp.EditPath(app.ListingB))).StatusCode);
        Assert.DoesNotContain("Neue Inhaberin seit Mai.", await staffClient.GetStringAsync("/verwaltung/pruefung"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reject_WithReason_NoMembershipAndReasonInGermanMail()
    {
        await using var app = await BusinessApp.StartAsync();
        var applicant = await app.CreateMemberAsync("berta@example.org");
        var staff = await app.CreateMemberAsync("amt@example.org", staff: true);
        var applicantClient = await app.CreateClientSignedInAsAsync(applicant);
        await applicantClient.SubmitAsync("/betrieb/beanspruchen/cafe-berta", [KeyValuePair.Create("justification", "Ich bin es.")], "form.form");
        var staffClient = await app.CreateClientSignedInAsAsync(staff);
        var requestId = await app.QueryAsync(db => db.ListingRequests.Select(r => r.Id).SingleAsync());

        var response = await staffClient.SubmitAsync(
            "/verwaltung/pruefung", [KeyValuePair.Create("reason", "Die Inhaberin hat uns etwas anderes gesagt.")], $"form[action='/verwaltung/pruefung/{requestId}/ablehnen']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.QueryAsync(db => db.ListingMemberships.AnyAsync()));
        var request = await app.QueryAsync(db => db.ListingRequests.AsNoTracking().SingleAsync());
        Assert.Equal(ListingRequestStatus.Rejected, request.Status);
        var mail = Assert.Single(await app.MailsToAsync("berta@example.org"));
        Assert.Equal("de", mail.Culture);
        Assert.Equal("Abgelehnt: Ihre Anfrage zu „Café Berta“", mail.Subject);
        Assert.Contains("Die Inhaberin hat uns etwas anderes gesagt.", mail.TextBody, StringComparison.Ordinal);
        var dashboard = await applicantClient.GetStringAsync("/betrieb");
        Assert.Contains("Abgelehnt", dashboard, StringComparison.Ordinal);
        Assert.Contains("Die Inhaberin hat uns etwas anderes gesagt.", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reject_WithoutReason_ErrorAndStillPending()
    {
        await using var app = await BusinessApp.StartAsync();
        var applicantClient = await app.CreateClientSignedInAsAsync(await app.CreateMemberAsync("berta@example.org"));
        await applicantClient.SubmitAsync("/betrieb/beanspruchen/cafe-berta", [KeyValuePair.Create("justification", "Ich bin es.")], "form.form");
        var staffClient = await app.CreateClientSignedInAsAsync(await app.CreateMemberAsync("amt@example.org", staff: true));
        var requestId = await app.QueryAsync(db => db.ListingRequests.Select(r => r.Id).SingleAsync());

        var response = await staffClient.SubmitAsync("/verwaltung/pruefung", [KeyValuePair.Create("reason", " ")], $"form[action='/verwaltung/pruefung/{requestId}/ablehnen']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = FormPage.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Ein Wert ist nötig", page.QuerySelector($"#Reason-{requestId}-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ListingRequestStatus.Pending, await app.QueryAsync(db => db.ListingRequests.Select(r => r.Status).SingleAsync()));
        Assert.Empty(await app.MailsToAsync("berta@example.org"));
    }

    [Fact]
    public async Task Approve_AlreadyDecided_NothingChangesAndNoSecondMail()
    {
        await using var app = await BusinessApp.StartAsync();
        var applicantClient = await app.CreateClientSignedInAsAsync(await app.CreateMemberAsync("berta@example.org"));
        await applicantClient.SubmitAsync("/betrieb/beanspruchen/cafe-berta", [KeyValuePair.Create("justification", "Ich bin es.")], "form.form");
        var staffClient = await app.CreateClientSignedInAsAsync(await app.CreateMemberAsync("amt@example.org", staff: true));
        var requestId = await app.QueryAsync(db => db.ListingRequests.Select(r => r.Id).SingleAsync());
        var token = await staffClient.AntiforgeryTokenAsync("/verwaltung/pruefung");
        FormUrlEncodedContent Form() => new(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["reason"] = "Zu spät" });
        await staffClient.PostAsync($"/verwaltung/pruefung/{requestId}/annehmen", Form());

        var second = await staffClient.PostAsync($"/verwaltung/pruefung/{requestId}/ablehnen", Form());

        Assert.Equal("/verwaltung/pruefung?erledigt=schon", second.Headers.Location!.OriginalString);
        Assert.Equal(ListingRequestStatus.Approved, await app.QueryAsync(db => db.ListingRequests.Select(r => r.Status).SingleAsync()));
        Assert.Single(await app.MailsToAsync("berta@example.org"));
    }

    private static async Task SetCultureAsync(BusinessApp app, Member member, string culture)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var user = (await users.FindByIdAsync(member.Id))!;
        user.PreferredCulture = culture;
        await users.UpdateAsync(user);
    }
}
