using HalloBot.Domain.Mail;
using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Jobs.Mail;

/// <summary>
/// Queues mails in the caller's unit of work: the mail is saved (and its outbox row written) with the change
/// that causes it, or not at all. A mail whose deduplication key is already queued is not queued again, even once the
/// retention job has erased that mail's personal data (<see cref="RetainedMailKey"/>).
/// </summary>
public sealed class MailQueue(HalloBotDbContext db)
{
    /// <returns>False when a mail with this key was queued before.</returns>
    public async Task<bool> QueueAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var key = mail.DeduplicationKey;
        var retained = RetainedMailKey.Of(key);
        if (db.OutgoingMails.Local.Any(m => m.DeduplicationKey == key)
            || await db.OutgoingMails.AnyAsync(m => m.DeduplicationKey == key || m.DeduplicationKey == retained, cancellationToken))
        {
            return false;
        }

        db.OutgoingMails.Add(mail);
        return true;
    }
}
