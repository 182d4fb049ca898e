using HalloBot.Domain.Mail;
using HalloBot.Domain.Persistence;
using HalloBot.Jobs.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HalloBot.Jobs.Retention;

/// <summary>
/// Erases the personal data of mails that are done with (sent, refused or suppressed) <see cref="RetentionOptions.MailDays"/>
/// after they were sent or queued: address, reply-to (a barrier report's resident), subject, text, unsubscribe link and
/// the server's answer. The row stays with its kind, dates, outcome and a hash of its deduplication key, so that the
/// queue still sends each notification once (<see cref="RetainedMailKey"/>). A pending mail is never touched.
/// </summary>
public sealed class MailRetentionJob(HalloBotDbContext db, IOptions<RetentionOptions> options, TimeProvider time)
{
    public const string Id = "retention-mails";
    private const int BatchSize = 200;

    /// <returns>The number of mails erased.</returns>
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - TimeSpan.FromDays(options.Value.MailDays);
        var erased = 0;
        while (true)
        {
            var due = await db.OutgoingMails
                .Where(m => m.Status != MailStatus.Pending && (m.SentAt ?? m.CreatedAt) < cutoff && !m.DeduplicationKey.StartsWith(RetainedMailKey.Prefix))
                .OrderBy(m => m.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return erased;
            }

            foreach (var mail in due)
            {
                var entry = db.Entry(mail);
                entry.Property(m => m.DeduplicationKey).CurrentValue = RetainedMailKey.Of(mail.DeduplicationKey);
                entry.Property(m => m.Recipient).CurrentValue = "";
                entry.Property(m => m.ReplyTo).CurrentValue = null;
                entry.Property(m => m.Subject).CurrentValue = "";
                entry.Property(m => m.TextBody).CurrentValue = "";
                entry.Property(m => m.HtmlBody).CurrentValue = null;
                entry.Property(m => m.UnsubscribeUrl).CurrentValue = null;
                entry.Property(m => m.LastError).CurrentValue = null;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            erased += due.Count;
        }
    }
}
