using Hangfire;
using HalloBot.Domain.Mail;
using HalloBot.Domain.Outbox;
using HalloBot.Domain.Persistence;
using HalloBot.Jobs.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HalloBot.Jobs.Mail;

/// <summary>
/// "Send mail 42": sends the queued mail unless it went out already, was refused, or its recipient
/// unsubscribed from its kind. The sent mark is saved right after the server accepted it, so a retry finds it
/// sent; only a crash in that instant between the two could send it twice, and the stable Message-Id lets a
/// mail client fold such a twin. A server that is down fails the job: the mail stays pending and the outbox
/// relay hands it over again with its back-off, so it is delayed, never lost.
/// </summary>
[AutomaticRetry(Attempts = 0)]
public sealed partial class SendMailJob(
    HalloBotDbContext db,
    OutboxLedger ledger,
    IMailTransport transport,
    IOptions<MailOptions> options,
    TimeProvider timeProvider,
    ILogger<SendMailJob> logger)
{
    public Task ExecuteAsync(int mailId, CancellationToken cancellationToken) =>
        ledger.ProcessAsync(OutboxMessageKind.SendMail, [mailId], (ids, ct) => SendAsync(ids.Single(), ct), cancellationToken);

    private async Task SendAsync(int mailId, CancellationToken cancellationToken)
    {
        var mail = await db.OutgoingMails.SingleOrDefaultAsync(m => m.Id == mailId, cancellationToken);
        if (mail is not { Status: MailStatus.Pending })
        {
            return;
        }

        var recipient = mail.Recipient.ToLowerInvariant();
        if (await db.MailOptOuts.AnyAsync(o => o.Email == recipient && o.Kind == mail.Kind, cancellationToken))
        {
            mail.Suppress();
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        try
        {
            await transport.SendAsync(MailMessageFactory.Create(mail, options.Value), cancellationToken);
        }
        catch (MailRejectedException e)
        {
            // Logged by id and reply code only: the address is personal data, and the server's text quotes it.
            LogRejected(logger, mail.Id, e.StatusCode);
            mail.MarkRejected(e.Message);
            await db.SaveChangesAsync(CancellationToken.None);
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            mail.RecordFailure($"{e.GetType().Name}: {e.Message}");
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }

        mail.MarkSent(timeProvider.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MailId}: the server refused the recipient with {StatusCode}")]
    private static partial void LogRejected(ILogger logger, int mailId, int statusCode);
}
