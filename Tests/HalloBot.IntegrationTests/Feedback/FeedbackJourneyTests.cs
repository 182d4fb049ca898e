using System.Net;
using HalloBot.Domain.Feedback;
using HalloBot.Domain.Mail;
using HalloBot.Domain.Outbox;
using HalloBot.IntegrationTests.Indexing;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.Jobs.Mail;
using HalloBot.Tests.Shared;
using HalloBot.Web.Features.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace HalloBot.IntegrationTests.Feedback;

/// <summary>
/// The whole loop against a real SMTP server (aiosmtpd): a member sends feedback, the office and the sender are told,
/// another business votes, the office answers, and sender and voter each get that answer exactly once.
/// </summary>
public sealed class FeedbackJourneyTests
{
    private const string Answer = "Wir bauen den Filter „sonntags geöffnet“ im März ein.";

    [Fact]
    public async Task SubmitVoteAndPlan_RealSmtpServer_EachRecipientGetsExactlyOneMailAndPageShowsAnswer()
    {
        await using var smtp = await SmtpServer.StartAsync();
        await using var app = new FeedbackApp(smtp);
        var (senderListing, otherListing) = await app.SeedBusinessesAsync();
        var sender = await app.CreateMemberAsync("baecker@example.org", false, senderListing);
        var voter = await app.CreateMemberAsync("rad@example.org", false, otherListing);
        var staff = await app.CreateMemberAsync("sachbearbeiterin@example.org", true);
        await app.SeedAsync(async db => (await db.Users.SingleAsync(u => u.Id == voter.Id)).PreferredCulture = "en");

        var id = await FeedbackForms.SendValidAsync(await app.CreateClientSignedInAsAsync(sender), senderListing);

        var first = await smtp.WaitForMessagesAsync(2);
        Assert.Equal(2, first.Count);
        var staffMail = Assert.Single(first, m => To(m) == FeedbackApp.StaffAddress);
        Assert.Contains("Suche nach Öffnungszeiten filtern", staffMail.Subject, StringComparison.Ordinal);
        Assert.Contains($"/verwaltung/mitgestalten/{id}", staffMail.TextBody, StringComparison.Ordinal);
        var receipt = Assert.Single(first, m => To(m) == "baecker@example.org");
        Assert.StartsWith("Ihr Feedback ist eingegangen", receipt.Subject, StringComparison.Ordinal);
        Assert.NotNull(receipt.HtmlBody);
        Assert.Contains("/mail/abbestellen/", receipt.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", receipt.Headers["List-Unsubscribe-Post"]);

        var vote = await FeedbackForms.VoteAsync(await app.CreateClientSignedInAsAsync(voter), id, otherListing);
        Assert.Equal(HttpStatusCode.Redirect, vote.StatusCode);

        var change = await FeedbackForms.ChangeStatusAsync(await app.CreateClientSignedInAsAsync(staff), id, "Planned", Answer);
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);

        var all = await smtp.WaitForMessagesAsync(4);
        await Eventually.HoldsAsync(() => app.QueryAsync(db => db.OutgoingMails.AllAsync(m => m.Status == MailStatus.Sent)), "every mail is marked sent");
        var status = all.Where(m => m.Headers["X-HalloBot-Kind"] == FeedbackMails.StatusKind).ToList();
        Assert.Equal(2, status.Count);
        var toSender = Assert.Single(status, m => To(m) == "baecker@example.org");
        var toVoter = Assert.Single(status, m => To(m) == "rad@example.org");
        Assert.Contains(Answer, toSender.TextBody, StringComparison.Ordinal);
        Assert.Contains(Answer, WebUtility.HtmlDecode(toSender.HtmlBody), StringComparison.Ordinal);
        Assert.Contains("Geplant", toSender.Subject, StringComparison.Ordinal);
        Assert.Contains(Answer, toVoter.TextBody, StringComparison.Ordinal);
        Assert.Contains("Planned", toVoter.Subject, StringComparison.Ordinal);
        Assert.Equal("en", toVoter.Headers["Content-Language"] ?? toVoter.Body?.Headers["Content-Language"]);

        // A late or repeated run of every mail job sends nothing more.
        var mailIds = await app.QueryAsync(db => db.OutgoingMails.Select(m => m.Id).ToListAsync());
        foreach (var mailId in mailIds)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SendMailJob>().ExecuteAsync(mailId, CancellationToken.None);
        }

        Assert.Equal(4, smtp.Messages().Count);

        var roadmap = await app.CreateClient().GetStringAsync("/mitgestalten");
        var planned = roadmap[roadmap.IndexOf("id=\"status-planned\"", StringComparison.Ordinal)..roadmap.IndexOf("id=\"status-underreview\"", StringComparison.Ordinal)];
        Assert.Contains("Suche nach Öffnungszeiten filtern", planned, StringComparison.Ordinal);
        Assert.Contains("Stimmen: 1", planned, StringComparison.Ordinal);
        Assert.Contains("Wir bauen den Filter „sonntags geöffnet“ im März ein.", WebUtility.HtmlDecode(planned), StringComparison.Ordinal);
        Assert.Contains("Bäckerei Kortmann", WebUtility.HtmlDecode(planned), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusChange_SmtpDownAndAppRestarted_EveryMailArrivesExactlyOnce()
    {
        var data = Directory.CreateTempSubdirectory("hallobot-feedback-restart-").FullName;
        try
        {
            await using var smtp = await SmtpServer.StartAsync();
            int id;
            await using (var app = new FeedbackApp(smtp, data))
            {
                var (senderListing, otherListing) = await app.SeedBusinessesAsync();
                var sender = await app.CreateMemberAsync("baecker@example.org", false, senderListing);
                var voter = await app.CreateMemberAsync("rad@example.org", false, otherListing);
                var follower = await app.CreateMemberAsync("kiosk@example.org", false);
                var staff = await app.CreateMemberAsync("sachbearbeiterin@example.org", true);
                id = await FeedbackForms.SendValidAsync(await app.CreateClientSignedInAsAsync(sender), senderListing);
                Assert.Equal(HttpStatusCode.Redirect, (await FeedbackForms.VoteAsync(await app.CreateClientSignedInAsAsync(voter), id, otherListing)).StatusCode);
                var follow = await (await app.CreateClientSignedInAsAsync(follower)).SubmitAsync($"/mitgestalten/{id}", [], "form[action$='/folgen']");
                Assert.Equal(HttpStatusCode.Redirect, follow.StatusCode);
                Assert.Equal(2, (await smtp.WaitForMessagesAsync(2)).Count);

                await smtp.StopAsync();
                Assert.Equal(HttpStatusCode.Redirect, (await FeedbackForms.ChangeStatusAsync(await app.CreateClientSignedInAsAsync(staff), id, "Planned", Answer)).StatusCode);
                await Eventually.HoldsAsync(
                    () => app.QueryAsync(db => db.OutgoingMails.Where(m => m.Kind == FeedbackMails.StatusKind).AllAsync(m => m.Attempts >= 1)),
                    "every status mail was tried while the server was down");
                Assert.Equal(3, await app.QueryAsync(db => db.OutgoingMails.CountAsync(m => m.Kind == FeedbackMails.StatusKind && m.Status == MailStatus.Pending)));
            }

            // The app restarts while the server is still down: the mails wait in the database, nothing is lost.
            await using var restarted = new FeedbackApp(smtp, data);
            _ = restarted.Services;
            await Eventually.HoldsAsync(
                () => restarted.QueryAsync(db => db.OutgoingMails.Where(m => m.Kind == FeedbackMails.StatusKind).AllAsync(m => m.Attempts >= 2)),
                "the restarted app tried the pending mails again at start");
            Assert.Equal(2, smtp.Messages().Count);

            await smtp.StartAgainAsync();
            // The relay retries after its back-off; moving the app's clock past the longest one makes that happen now.
            restarted.Clock.Advance(OutboxMessage.RetryDelay(5) + TimeSpan.FromSeconds(1));
            await Eventually.HoldsAsync(
                () => restarted.QueryAsync(db => db.OutgoingMails.AllAsync(m => m.Status == MailStatus.Sent)),
                "every mail is sent once the server is back");

            // One more retry round and a repeated job run change nothing.
            restarted.Clock.Advance(OutboxMessage.RetryDelay(5) + TimeSpan.FromSeconds(1));
            foreach (var mailId in await restarted.QueryAsync(db => db.OutgoingMails.Select(m => m.Id).ToListAsync()))
            {
                await using var scope = restarted.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SendMailJob>().ExecuteAsync(mailId, CancellationToken.None);
            }

            var status = smtp.Messages().Where(m => m.Headers["X-HalloBot-Kind"] == FeedbackMails.StatusKind).ToList();
            Assert.Equal(5, smtp.Messages().Count);
            Assert.Equal(["baecker@example.org", "kiosk@example.org", "rad@example.org"], status.Select(To).Order(StringComparer.Ordinal));
            Assert.All(status, m => Assert.Contains(Answer, m.TextBody, StringComparison.Ordinal));
            Assert.Equal(FeedbackStatus.Planned, await restarted.QueryAsync(db => db.FeedbackItems.Where(f => f.Id == id).Select(f => f.Status).SingleAsync()));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string To(MimeMessage message) => message.To.Mailboxes.Single().Address;
}
