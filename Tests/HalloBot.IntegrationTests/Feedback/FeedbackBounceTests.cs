using System.Globalization;
using System.Net;
using System.Text;
using Hangfire;
using Hangfire.Storage;
using HalloBot.Domain.Mail;
using HalloBot.IntegrationTests.Admin;
using HalloBot.IntegrationTests.Indexing;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.Jobs.Mail.Bounces;
using HalloBot.Tests.Shared;
using HalloBot.Web.Features.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace HalloBot.IntegrationTests.Feedback;

/// <summary>
/// Bounces that arrive after the mail went out: feedback receipts really sent through aiosmtpd, then delivery status
/// notifications as Postfix writes them dropped into the bounce Maildir, read by the real job against the real SQLite
/// database, and judged by what staff see.
/// </summary>
public sealed class FeedbackBounceTests
{
    private const string BounceAddress = "bounces@bottrop.example";

    [Fact]
    public async Task ReadBounces_FailureDelayGarbageAndUnknownMail_OnlyTheFailedAddressShownAsRefused()
    {
        await using var smtp = await SmtpServer.StartAsync();
        await using var app = new FeedbackApp(smtp, bounceAddress: BounceAddress);
        var (baeckerei, radhaus) = await app.SeedBusinessesAsync();
        var baecker = await app.CreateMemberAsync("baecker@example.org", false, baeckerei);
        var radler = await app.CreateMemberAsync("radler@example.org", false, radhaus);
        var staff = await app.CreateClientSignedInAsAsync(await app.CreateMemberAsync("sachbearbeiterin@example.org", true));
        var failedId = await FeedbackForms.SendValidAsync(await app.CreateClientSignedInAsAsync(baecker), baeckerei, "Suche nach Sonntag");
        var delayedId = await FeedbackForms.SendValidAsync(await app.CreateClientSignedInAsAsync(radler), radhaus, "Karte größer");
        var received = await smtp.WaitForMessagesAsync(4);
        await Eventually.HoldsAsync(
            () => app.QueryAsync(db => db.OutgoingMails.AllAsync(m => m.Status == MailStatus.Sent)),
            "every mail is marked sent");
        var toBaecker = received.Single(m => m.To.Mailboxes.Single().Address == "baecker@example.org");
        var toRadler = received.Single(m => m.To.Mailboxes.Single().Address == "radler@example.org");
        Assert.Equal($"<{BounceAddress}>", toBaecker.Headers[HeaderId.ReturnPath]);

        // Reading bounces is on: scheduled, and the site stays ready.
        using (var connection = app.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            Assert.Contains(connection.GetRecurringJobs(), j => j.Id == ReadBouncesJob.Id);
        }

        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/health/ready")).StatusCode);

        var inbox = Path.Combine(app.BounceMaildir, "new");
        Directory.CreateDirectory(inbox);
        var failedFile = Deliver(inbox, 1, Postfix.Bounce(toBaecker, "baecker@example.org", "failed", "5.1.1", "smtp; 550 5.1.1 <baecker@example.org>: Recipient address rejected: User unknown in virtual mailbox table"));
        Deliver(inbox, 2, Postfix.Bounce(toRadler, "radler@example.org", "delayed", "4.4.1", "smtp; 451 4.4.1 mx.example.org: connection timed out"));
        Deliver(inbox, 3, Encoding.UTF8.GetBytes("\u0000\u0001 kein Bericht, nur Datenmüll \r\n\r\n\u00ff\u00fe"));
        var unknown = new MimeMessage { MessageId = "mail-9999@bottrop.example", Subject = "Älter als diese Seite" };
        unknown.To.Add(MailboxAddress.Parse("baecker@example.org"));
        Deliver(inbox, 4, Postfix.Bounce(unknown, "baecker@example.org", "failed", "5.1.1", "smtp; 550 5.1.1 User unknown"));

        await RunJobAsync(app);

        var list = WebUtility.HtmlDecode(await staff.GetStringAsync("/verwaltung/mitgestalten"));
        Assert.Contains("1 Feedback-E-Mails wurden vom Mailserver abgewiesen.", list, StringComparison.Ordinal);
        Assert.Contains("Abgewiesene Adressen: baecker@example.org.", list, StringComparison.Ordinal);
        Assert.DoesNotContain("radler@example.org", list, StringComparison.Ordinal);
        var detail = WebUtility.HtmlDecode(await staff.GetStringAsync($"/verwaltung/mitgestalten/{failedId}"));
        Assert.Contains("Diese Adressen haben E-Mails zu diesem Feedback abgewiesen: baecker@example.org.", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("abgewiesen:", WebUtility.HtmlDecode(await staff.GetStringAsync($"/verwaltung/mitgestalten/{delayedId}")), StringComparison.Ordinal);
        var status = await staff.GetPageAsync("/verwaltung/status");
        Assert.Equal("1", status.Text("#mails-abgewiesen"));
        Assert.Contains("5.1.1", status.QuerySelector("#abgewiesen tbody tr")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(MailStatus.Sent, (await app.QueryAsync(db => db.OutgoingMails.SingleAsync(m => m.Recipient == "radler@example.org"))).Status);
        Assert.Empty(Directory.GetFiles(inbox));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(app.BounceMaildir, BounceMaildir.ProcessedFolder, "cur")).Length);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(app.BounceMaildir, BounceMaildir.UnmatchedFolder, "cur")).Length);

        // The same report again (a second copy, or a run that crashed before moving the file) changes nothing.
        var bounced = await app.QueryAsync(db => db.OutgoingMails.AsNoTracking().SingleAsync(m => m.Status == MailStatus.Rejected));
        File.Copy(Directory.GetFiles(Path.Combine(app.BounceMaildir, BounceMaildir.ProcessedFolder, "cur"), Path.GetFileName(failedFile) + "*").Single(), failedFile);
        await RunJobAsync(app);
        var again = await app.QueryAsync(db => db.OutgoingMails.AsNoTracking().SingleAsync(m => m.Status == MailStatus.Rejected));
        Assert.Equal((bounced.Id, bounced.LastError, bounced.Attempts), (again.Id, again.LastError, again.Attempts));
        Assert.Empty(Directory.GetFiles(inbox));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(app.BounceMaildir, BounceMaildir.ProcessedFolder, "cur")).Length);
    }

    [Fact]
    public async Task Start_NoBounceMaildir_NothingScheduledAndNothingCreated()
    {
        await using var app = new FeedbackApp();

        using (var connection = app.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            Assert.DoesNotContain(connection.GetRecurringJobs(), j => j.Id == ReadBouncesJob.Id);
        }

        await RunJobAsync(app);
        Assert.False(Directory.Exists(app.BounceMaildir));
    }

    private static async Task RunJobAsync(FeedbackApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReadBouncesJob>().ExecuteAsync(CancellationToken.None);
    }

    /// <summary>As a local delivery agent writes into a Maildir: through tmp, with a unique name, Return-Path of the bounce (empty).</summary>
    private static string Deliver(string inbox, int number, byte[] content)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"1780300800.M{number}P4242.mail.bottrop.example");
        var tmp = Path.Combine(Path.GetDirectoryName(inbox)!, "tmp", name);
        Directory.CreateDirectory(Path.GetDirectoryName(tmp)!);
        File.WriteAllBytes(tmp, content);
        var target = Path.Combine(inbox, name);
        File.Move(tmp, target);
        return target;
    }

    private static string Deliver(string inbox, int number, MimeMessage bounce) => Deliver(inbox, number, Postfix.Bytes(bounce));
}

/// <summary>Non-delivery reports in the shape Postfix's bounce daemon writes them (RFC 3464, headers of the original returned).</summary>
internal static class Postfix
{
    public static MimeMessage Bounce(MimeMessage original, string recipient, string action, string status, string diagnostic)
    {
        var bounce = new MimeMessage();
        bounce.From.Add(new MailboxAddress("Mail Delivery System", "MAILER-DAEMON@mail.bottrop.example"));
        bounce.To.Add(MailboxAddress.Parse("bounces@bottrop.example"));
        bounce.Subject = action == "failed" ? "Undelivered Mail Returned to Sender" : "Delayed Mail (still being retried)";
        bounce.Headers.Add("Auto-Submitted", "auto-replied");
        bounce.MessageId = "20260601081500.4F1A2B3C4D@mail.bottrop.example";

        var notice = new TextPart("plain")
        {
            Text = "This is the mail system at host mail.bottrop.example.\n\n"
                + (action == "failed"
                    ? "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n"
                    : "####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n")
                + $"\n<{recipient}>: host mx.example.org said: {diagnostic}\n",
        };
        notice.ContentDescription = "Notification";

        var report = new MessageDeliveryStatus { ContentDescription = "Delivery report" };
        var perMessage = new HeaderList
        {
            { "Reporting-MTA", "dns; mail.bottrop.example" },
            { "X-Postfix-Queue-ID", "4F1A2B3C4D" },
            { "X-Postfix-Sender", "rfc822; bounces@bottrop.example" },
            { "Arrival-Date", "Mon,  1 Jun 2026 10:00:02 +0200 (CEST)" },
        };
        var perRecipient = new HeaderList
        {
            { "Final-Recipient", $"rfc822; {recipient}" },
            { "Original-Recipient", $"rfc822;{recipient}" },
            { "Action", action },
            { "Status", status },
            { "Remote-MTA", "dns; mx.example.org" },
            { "Diagnostic-Code", diagnostic },
        };
        report.StatusGroups.Add(perMessage);
        report.StatusGroups.Add(perRecipient);

        using var headers = new MemoryStream();
        original.Headers.WriteTo(headers);
        var returned = new MimePart("text", "rfc822-headers")
        {
            ContentDescription = "Undelivered Message Headers",
            Content = new MimeContent(new MemoryStream(headers.ToArray())),
        };

        bounce.Body = new MultipartReport("delivery-status") { notice, report, returned };
        return bounce;
    }

    public static byte[] Bytes(MimeMessage message)
    {
        using var stream = new MemoryStream();
        // The delivering server adds the envelope sender; a bounce's is empty, so bounces never bounce.
        stream.Write("Return-Path: <>\r\nDelivered-To: bounces@bottrop.example\r\n"u8);
        message.WriteTo(stream);
        return stream.ToArray();
    }
}
