using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HalloBot.Jobs.Mail.Bounces;

/// <summary>
/// Recurring (see JobsExtensions): reads the bounce Maildir. A report that a recipient of one of our mails failed for
/// good marks that mail refused, as a refusal while sending does, so staff see the address; a delay notice changes
/// nothing. Each file is moved on once read (<see cref="BounceMaildir"/>), so a crash before the move only means the
/// same report is read again next time, and a mail already marked stays as it is.
/// </summary>
public sealed partial class ReadBouncesJob(HalloBotDbContext db, IOptions<MailOptions> options, ILogger<ReadBouncesJob> logger)
{
    public const string Id = "mail-bounces";

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Bounces.Maildir is not { } root)
        {
            return;
        }

        var maildir = new BounceMaildir(root);
        foreach (var file in maildir.Waiting())
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if (await ReadAsync(file, cancellationToken))
                {
                    maildir.MarkProcessed(file);
                }
                else
                {
                    maildir.MoveAside(file);
                }
            }
            catch (FileNotFoundException)
            {
                // An overlapping run (another instance, or a slow run meeting the next) took it first; marking a mail
                // twice changes nothing, so there is nothing to undo.
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not readable by the site (another owner, a mail system still writing): left where it is for the
                // next run, and the files after it are still read.
                LogUnreadable(logger, BounceMaildir.NameOf(file), e.GetType().Name);
            }
        }
    }

    /// <returns>False when the file is no delivery report about a mail of ours.</returns>
    private async Task<bool> ReadAsync(string file, CancellationToken cancellationToken)
    {
        DeliveryReport? report;
        try
        {
            using var message = await MimeMessage.LoadAsync(file, cancellationToken);
            report = DeliveryReport.Read(message);
        }
        catch (FormatException)
        {
            report = null;
        }

        if (report is null)
        {
            LogNoReport(logger, BounceMaildir.NameOf(file));
            return false;
        }

        var mailId = MailMessageFactory.MailIdOf(report.OriginalMessageId, options.Value);
        var mail = mailId is null ? null : await db.OutgoingMails.SingleOrDefaultAsync(m => m.Id == mailId, cancellationToken);
        // Each mail has one recipient; the report must name it, or it is about some other mail (or a forged id).
        var about = mail is null ? null : report.Recipients.FirstOrDefault(r => string.Equals(r.Address, mail.Recipient, StringComparison.OrdinalIgnoreCase));
        if (mail is null || about is null)
        {
            LogUnmatched(logger, BounceMaildir.NameOf(file));
            return false;
        }

        if (about.IsPermanentFailure && mail.MarkBounced($"Bounce {about.Status}: {about.Diagnostic ?? about.Action}"))
        {
            await db.SaveChangesAsync(cancellationToken);
            // By id and status only: the diagnostic quotes the address.
            LogBounced(logger, mail.Id, about.Status);
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MailId} bounced after sending with status {Status}")]
    private static partial void LogBounced(ILogger logger, int mailId, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bounce mailbox: {File} is no delivery status report; moved to .Unmatched")]
    private static partial void LogNoReport(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bounce mailbox: {File} could not be read ({Error}); left for the next run")]
    private static partial void LogUnreadable(ILogger logger, string file, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bounce mailbox: {File} reports on no mail of this site; moved to .Unmatched")]
    private static partial void LogUnmatched(ILogger logger, string file);
}
