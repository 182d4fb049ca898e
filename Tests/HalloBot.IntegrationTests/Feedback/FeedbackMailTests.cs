using System.Net;
using HalloBot.Domain.Mail;
using HalloBot.IntegrationTests.Indexing;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.Tests.Shared;
using HalloBot.Web.Features.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public async Task DigestJob_NewPlannedDoneAndMerged_ListsOnlyTheOpenOnesAndSendsIt()
    {
        await using var app = new FeedbackApp();
        var (listing, _) = await app.SeedBusinessesAsync();
        var sender = await app.CreateClientSignedInAsAsync(await app.CreateMemberAsync("baecker@example.org", false, listing));
        var staff = await app.CreateClientSignedInAsAsync(await app.CreateMemberAsync("sachbearbeiterin@example.org", true));
        var fresh = await FeedbackForms.SendValidAsync(sender, listing, "Suche nach Sonntagsöffnung");
        var planned = await FeedbackForms.SendValidAsync(sender, listing, "Karte auf dem Handy größer");
        var done = await FeedbackForms.SendValidAsync(sender, listing, "Fotos drehen können");
        var merged = await FeedbackForms.SendValidAsync(sender, listing, "Sonntags geöffnete Betriebe finden");
        Assert.Equal(HttpStatusCode.Redirect, (await FeedbackForms.ChangeStatusAsync(staff, planned, "Planned", "Kommt im März.")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await FeedbackForms.ChangeStatusAsync(staff, done, "Done", "Geht jetzt.")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(
            $"/verwaltung/mitgestalten/{merged}", [new("MergeTarget", fresh.ToString(System.Globalization.CultureInfo.InvariantCulture))], "form[action$='/zusammenfuehren']")).StatusCode);

        await RunDigestAsync(app);

        var digest = Assert.Single(await app.QueryAsync(db => db.OutgoingMails.Where(m => m.Kind == FeedbackMails.DigestKind).ToListAsync()));
        Assert.Equal((FeedbackApp.StaffAddress, "Feedback: 2 offen (Woche 2026-W23)"), (digest.Recipient, digest.Subject));
        Assert.Contains("offen sind 2 Feedbacks, davon 2 neu in den letzten sieben Tagen:", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains($"#{fresh} Suche nach Sonntagsöffnung – Neu – 0 Stimmen", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains($"#{planned} Karte auf dem Handy größer – Geplant – 0 Stimmen", digest.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Fotos drehen", digest.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Sonntags geöffnete", digest.TextBody, StringComparison.Ordinal);
        await Eventually.HoldsAsync(
            () => app.QueryAsync(db => db.OutgoingMails.AnyAsync(m => m.Kind == FeedbackMails.DigestKind && m.Status == MailStatus.Sent)),
            "the digest is sent");
    }

    [Fact]
    public async Task DigestJob_WeekWithNothingOpen_SendsNothing()
    {
        await using var app = new FeedbackApp();
        var (listing, _) = await app.SeedBusinessesAsync();
        var sender = await app.CreateClientSignedInAsAsync(await app.CreateMemberAsync("baecker@example.org", false, listing));
        var staff = await app.CreateClientSignedInAsAsync(await app.CreateMemberAsync("sachbearbeiterin@example.org", true));
        var done = await FeedbackForms.SendValidAsync(sender, listing, "Fotos drehen können");
        var declined = await FeedbackForms.SendValidAsync(sender, listing, "Werbung auf der Startseite");
        Assert.Equal(HttpStatusCode.Redirect, (await FeedbackForms.ChangeStatusAsync(staff, done, "Done", "Geht jetzt.")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await FeedbackForms.ChangeStatusAsync(staff, declined, "Declined", "Passt nicht zum Verzeichnis.")).StatusCode);

        await RunDigestAsync(app);
        app.Clock.Advance(TimeSpan.FromDays(7));
        await RunDigestAsync(app);

        Assert.False(await app.QueryAsync(db => db.OutgoingMails.AnyAsync(m => m.Kind == FeedbackMails.DigestKind)), "no digest is queued");
        Assert.DoesNotContain(Directory.Exists(app.PickupDirectory) ? Directory.GetFiles(app.PickupDirectory, "*.eml") : [],
            file => File.ReadAllText(file).Contains("X-HalloBot-Kind: " + FeedbackMails.DigestKind, StringComparison.Ordinal));
    }

    private static async Task RunDigestAsync(FeedbackApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FeedbackDigestJob>().ExecuteAsync(CancellationToken.None);
    }
}
