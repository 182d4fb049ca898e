using System.Net;
using HalloBot.Domain.Mail;
using HalloBot.IntegrationTests.Indexing;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.Tests.Shared;
using HalloBot.Web.Features.Feedback;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Feedback;

/// <summary>
/// Feedback mail against a real SMTP server (aiosmtpd): only a refused recipient is a rejected address, shown to staff;
/// a refusal of the site's own account is retried; each mail is in its recipient's language.
/// </summary>
public sealed class FeedbackMailTests
{
    [Fact]
    public async Task Send_RecipientRefused_RejectedAndShownOnTriageListAndDetail()
    {
        await using var smtp = await SmtpServer.StartAsync();
        await using var app = new FeedbackApp(smtp);
        var (listing, _) = await app.SeedBusinessesAsync();
        var sender = await app.CreateMemberAsync("reject-baecker@example.org", false, listing);
        var staff = await app.CreateClientSignedInAsAsync(await app.CreateMemberAsync("sachbearbeiterin@example.org", true));

        var id = await FeedbackForms.SendValidAsync(await app.CreateClientSignedInAsAsync(sender), listing);

        await Eventually.HoldsAsync(
            () => app.QueryAsync(db => db.OutgoingMails.AnyAsync(m => m.Kind == FeedbackMails.ReceiptKind && m.Status == MailStatus.Rejected)),
            "the receipt is marked rejected");
        var receipt = await app.QueryAsync(db => db.OutgoingMails.SingleAsync(m => m.Kind == FeedbackMails.ReceiptKind));
        Assert.Equal(1, receipt.Attempts);
        Assert.Contains("550", receipt.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(smtp.Messages(), m => m.To.Mailboxes.Any(a => a.Address == "reject-baecker@example.org"));

        var list = WebUtility.HtmlDecode(await staff.GetStringAsync("/verwaltung/mitgestalten"));
        Assert.Contains("1 Feedback-E-Mails wurden vom Mailserver abgewiesen.", list, StringComparison.Ordinal);
        Assert.Contains("Abgewiesene Adressen: reject-baecker@example.org.", list, StringComparison.Ordinal);
        var detail = WebUtility.HtmlDecode(await staff.GetStringAsync($"/verwaltung/mitgestalten/{id}"));
        Assert.Contains("Diese Adressen haben E-Mails zu diesem Feedback abgewiesen: reject-baecker@example.org.", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("noauth@bottrop.example", "baecker@example.org", "530")]
    [InlineData("relaydenied@bottrop.example", "baecker@example.org", "550")]
    [InlineData(null, "busy-baecker@example.org", "450")]
    public async Task Send_SenderRefusedOrRecipientBusy_StaysPendingForRetryAndNotShownAsRejected(string? from, string senderEmail, string code)
    {
        await using var smtp = await SmtpServer.StartAsync();
        await using var app = new FeedbackApp(smtp, fromAddress: from);
        var (listing, _) = await app.SeedBusinessesAsync();
        var sender = await app.CreateMemberAsync(senderEmail, false, listing);
        var staff = await app.CreateClientSignedInAsAsync(await app.CreateMemberAsync("sachbearbeiterin@example.org", true));

        await FeedbackForms.SendValidAsync(await app.CreateClientSignedInAsAsync(sender), listing);

        await Eventually.HoldsAsync(
            () => app.QueryAsync(db => db.OutgoingMails.AnyAsync(m => m.Kind == FeedbackMails.ReceiptKind && m.Attempts >= 1)),
            "the receipt was tried");
        var receipt = await app.QueryAsync(db => db.OutgoingMails.SingleAsync(m => m.Kind == FeedbackMails.ReceiptKind));
        Assert.Equal(MailStatus.Pending, receipt.Status);
        Assert.Contains(code, receipt.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(senderEmail, receipt.LastError, StringComparison.OrdinalIgnoreCase);
        Assert.False(await app.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.ProcessedAt != null && m.LastError != null)), "no refused mail's outbox row is closed");
        Assert.Equal(0, await app.QueryAsync(db => db.OutgoingMails.CountAsync(m => m.Status == MailStatus.Rejected)));
        Assert.DoesNotContain("abgewiesen", WebUtility.HtmlDecode(await staff.GetStringAsync("/verwaltung/mitgestalten")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusMail_StaffMemberPrefersEnglish_EnglishToThemGermanToStaffAddress()
    {
        await using var app = new FeedbackApp();
        var (listing, _) = await app.SeedBusinessesAsync();
        var sender = await app.CreateMemberAsync("baecker@example.org", false, listing);
        var staffMember = await app.CreateMemberAsync("sachbearbeiterin@example.org", true);
        await app.SeedAsync(async db => (await db.Users.SingleAsync(u => u.Id == staffMember.Id)).PreferredCulture = "en");
        var staff = await app.CreateClientSignedInAsAsync(staffMember);

        var id = await FeedbackForms.SendValidAsync(await app.CreateClientSignedInAsAsync(sender), listing);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync($"/mitgestalten/{id}", [], "form[action$='/folgen']")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await FeedbackForms.ChangeStatusAsync(staff, id, "Planned", "Kommt im März.")).StatusCode);

        var notice = await app.QueryAsync(db => db.OutgoingMails.SingleAsync(m => m.Kind == FeedbackMails.NewKind));
        Assert.Equal((FeedbackApp.StaffAddress, "de"), (notice.Recipient, notice.Culture));
        Assert.StartsWith("Neues Feedback", notice.Subject, StringComparison.Ordinal);
        var toStaffMember = await app.QueryAsync(db => db.OutgoingMails.SingleAsync(m => m.Kind == FeedbackMails.StatusKind && m.Recipient == "sachbearbeiterin@example.org"));
        Assert.Equal("en", toStaffMember.Culture);
        Assert.Contains("Planned", toStaffMember.Subject, StringComparison.Ordinal);
        Assert.Contains("Kommt im März.", toStaffMember.TextBody, StringComparison.Ordinal);
        var toSender = await app.QueryAsync(db => db.OutgoingMails.SingleAsync(m => m.Kind == FeedbackMails.StatusKind && m.Recipient == "baecker@example.org"));
        Assert.Equal("de", toSender.Culture);
        Assert.Contains("Geplant", toSender.Subject, StringComparison.Ordinal);
    }
}
