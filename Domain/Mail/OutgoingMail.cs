namespace HalloBot.Domain.Mail;

/// <summary>
/// A mail to send, written in the same transaction as what causes it; the mail job sends it and records
/// that it did. <see cref="DeduplicationKey"/> (notification and recipient) is unique, so that a retried
/// notification job cannot queue a second copy, and a sent mail is never sent again.
/// </summary>
public sealed class OutgoingMail
{
    public const int KeyMaxLength = 200;
    public const int RecipientMaxLength = 254;
    public const int KindMaxLength = 50;
    public const int SubjectMaxLength = 300;
    public const int LastErrorMaxLength = 1000;
    public const int UrlMaxLength = 1000;

    private OutgoingMail()
    {
    }

    public OutgoingMail(string deduplicationKey, string kind, string recipient, string culture, string subject, string textBody, string? htmlBody, DateTime createdAt)
    {
        DeduplicationKey = deduplicationKey;
        Kind = kind;
        Recipient = recipient;
        Culture = culture;
        Subject = subject;
        TextBody = textBody;
        HtmlBody = htmlBody;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public string DeduplicationKey { get; private set; } = "";

    /// <summary>The kind of mail (<c>account.confirm</c>, <c>feedback.status</c> …): what a recipient unsubscribes from.</summary>
    public string Kind { get; private set; } = "";

    public string Recipient { get; private set; } = "";
    public string Culture { get; private set; } = "de";
    public string Subject { get; private set; } = "";
    public string TextBody { get; private set; } = "";
    public string? HtmlBody { get; private set; }

    /// <summary>The one-click unsubscribe link for this kind of mail; null for mails one cannot refuse (password reset).</summary>
    public string? UnsubscribeUrl { get; init; }

    /// <summary>Where a reply goes instead of the sender, e.g. the resident who reported a barrier; null for none.</summary>
    public string? ReplyTo { get; init; }

    public MailStatus Status { get; private set; } = MailStatus.Pending;
    public DateTime CreatedAt { get; private set; }
    public DateTime? SentAt { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }

    public void MarkSent(DateTime utcNow)
    {
        Status = MailStatus.Sent;
        SentAt = utcNow;
        Attempts++;
        LastError = null;
    }

    public void RecordFailure(string error)
    {
        Attempts++;
        LastError = Trim(error);
    }

    public void MarkRejected(string error)
    {
        Status = MailStatus.Rejected;
        Attempts++;
        LastError = Trim(error);
    }

    public void Suppress() => Status = MailStatus.Suppressed;

    /// <summary>
    /// A delivery status notification said, after the server had accepted the mail, that it could not be delivered for
    /// good: recorded as a refusal, so staff see the address where they see refused ones.
    /// </summary>
    /// <returns>False when the mail is not (or no longer) a sent mail: a second report of the same bounce changes nothing.</returns>
    public bool MarkBounced(string report)
    {
        if (Status != MailStatus.Sent)
        {
            return false;
        }

        Status = MailStatus.Rejected;
        LastError = Trim(report);
        return true;
    }

    private static string Trim(string error) => error.Length <= LastErrorMaxLength ? error : error[..LastErrorMaxLength];
}
