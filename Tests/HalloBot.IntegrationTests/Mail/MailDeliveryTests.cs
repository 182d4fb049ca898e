using HalloBot.Domain.Mail;
using HalloBot.Domain.Outbox;
using HalloBot.IntegrationTests.Indexing;
using HalloBot.Jobs.Mail;
using HalloBot.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace HalloBot.IntegrationTests.Mail;

/// <summary>Mail through the outbox and the mail job to a real SMTP server (aiosmtpd) on 127.0.0.1.</summary>
public sealed class MailDeliveryTests
{
    [Fact]
    public async Task Queue_ServerUp_ArrivesOnceAsTextAndHtmlAndIsMarkedSent()
    {
        await using var smtp = await SmtpServer.StartAsync();
        await using var app = new MailApp(smtp);
        _ = app.Services;

        Assert.True(await app.QueueAsync(MailApp.Mail("receipt:1")));

        var messages = await smtp.WaitForMessagesAsync(1);
        var message = Assert.Single(messages);
        Assert.Equal("baecker@example.org", message.To.Mailboxes.Single().Address);
        Assert.Equal("Ihre Anfrage ist eingegangen", message.Subject);
        Assert.Contains("vielen Dank für Ihre Nachricht", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<p>Vielen Dank", message.HtmlBody, StringComparison.Ordinal);
        await Eventually.HoldsAsync(async () => (await app.MailAsync("receipt:1")).Status == MailStatus.Sent, "the mail is marked sent");
    }

    [Fact]
    public async Task Queue_SameKeyTwice_QueuesAndSendsOneMail()
    {
        await using var smtp = await SmtpServer.StartAsync();
        await using var app = new MailApp(smtp);
        _ = app.Services;

        Assert.True(await app.QueueAsync(MailApp.Mail("status:7:baecker@example.org")));
        Assert.False(await app.QueueAsync(MailApp.Mail("status:7:baecker@example.org")));

        await Eventually.HoldsAsync(async () => (await app.MailAsync("status:7:baecker@example.org")).Status == MailStatus.Sent, "the mail is sent");
        Assert.Single(smtp.Messages());
        Assert.Equal(1, await app.QueryAsync(db => db.OutgoingMails.CountAsync()));
    }

    [Fact]
    public async Task Send_ServerDownThenBack_MailWaitsAndArrivesExactlyOnce()
    {
        await using var smtp = await SmtpServer.StartAsync();
        await smtp.StopAsync();
        await using var app = new MailApp(smtp);
        _ = app.Services;

        await app.QueueAsync(MailApp.Mail("receipt:down"));
        await Eventually.HoldsAsync(async () => (await app.MailAsync("receipt:down")).Attempts >= 1, "the first attempt failed");
        var waiting = await app.MailAsync("receipt:down");
        Assert.Equal(MailStatus.Pending, waiting.Status);
        Assert.NotNull(waiting.LastError);

        await smtp.StartAgainAsync();
        // The relay hands a failed row over again after its back-off (a minute after one failure).
        app.Clock.Advance(OutboxMessage.RetryDelay(1) + TimeSpan.FromSeconds(1));

        await Eventually.HoldsAsync(async () => (await app.MailAsync("receipt:down")).Status == MailStatus.Sent, "the mail is sent once the server is back");
        Assert.Single(await smtp.WaitForMessagesAsync(1));

        // A late or repeated run of the job finds the mail sent and sends nothing.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var mailId = (await app.MailAsync("receipt:down")).Id;
            await scope.ServiceProvider.GetRequiredService<SendMailJob>().ExecuteAsync(mailId, CancellationToken.None);
        }

        Assert.Single(smtp.Messages());
    }

    [Fact]
    public async Task Send_RecipientRefused_MarkedRejectedAndNotRetried()
    {
        await using var smtp = await SmtpServer.StartAsync();
        await using var app = new MailApp(smtp);
        _ = app.Services;

        await app.QueueAsync(MailApp.Mail("receipt:refused", recipient: "rejected-user@example.org"));

        await Eventually.HoldsAsync(async () => (await app.MailAsync("receipt:refused")).Status == MailStatus.Rejected, "the mail is marked rejected");
        var mail = await app.MailAsync("receipt:refused");
        Assert.Contains("550", mail.LastError, StringComparison.Ordinal);
        Assert.Empty(smtp.Messages());
        await Eventually.HoldsAsync(
            () => app.QueryAsync(db => db.OutboxMessages.AllAsync(m => m.ProcessedAt != null)),
            "the outbox row is done: a refusal is final, not retried");
    }

    [Fact]
    public async Task Send_RecipientOptedOutOfKind_SuppressedAndNothingSent()
    {
        await using var smtp = await SmtpServer.StartAsync();
        await using var app = new MailApp(smtp);
        await app.SeedAsync(db =>
        {
            db.MailOptOuts.Add(new MailOptOut("baecker@example.org", "feedback.status", MailApp.DefaultNow.UtcDateTime));
            return Task.CompletedTask;
        });

        await app.QueueAsync(MailApp.Mail("status:9", recipient: "Baecker@Example.org", kind: "feedback.status"));
        await app.QueueAsync(MailApp.Mail("receipt:9", kind: "feedback.receipt"));

        await Eventually.HoldsAsync(async () => (await app.MailAsync("status:9")).Status == MailStatus.Suppressed, "the opted-out mail is suppressed");
        await Eventually.HoldsAsync(async () => (await app.MailAsync("receipt:9")).Status == MailStatus.Sent, "the other kind is sent");
        var message = Assert.Single(smtp.Messages());
        Assert.Equal("feedback.receipt", message.Headers["X-HalloBot-Kind"]);
    }

    [Fact]
    public async Task Queue_DefaultProvider_WritesEmlIntoPickupFolder()
    {
        await using var app = new MailApp();
        _ = app.Services;

        await app.QueueAsync(MailApp.Mail("receipt:pickup"));

        await Eventually.HoldsAsync(
            () => Task.FromResult(Directory.Exists(app.PickupDirectory) && Directory.GetFiles(app.PickupDirectory, "*.eml").Length == 1),
            "the mail is in the pickup folder");
        var message = await MimeMessage.LoadAsync(Directory.GetFiles(app.PickupDirectory, "*.eml").Single());
        Assert.Equal("Ihre Anfrage ist eingegangen", message.Subject);
        Assert.Empty(Directory.GetFiles(app.PickupDirectory, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Create_WithUnsubscribeUrl_AddsOneClickHeaders()
    {
        var mail = new OutgoingMail("k", "feedback.status", "a@example.org", "en", "Subject", "Text", null, MailApp.DefaultNow.UtcDateTime)
        {
            UnsubscribeUrl = "https://hallo-bot.example/abmelden/abc",
        };

        var message = MailMessageFactory.Create(mail, new MailOptions());

        Assert.Equal("<https://hallo-bot.example/abmelden/abc>", message.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        Assert.Equal("en", message.Headers["Content-Language"]);
        Assert.Null(message.HtmlBody);
    }
}
