namespace HalloBot.Domain.Mail;

public enum MailStatus
{
    /// <summary>Waiting for the mail job; a mail server that is down keeps it here, it does not lose it.</summary>
    Pending = 0,

    Sent = 1,

    /// <summary>The server refused the recipient for good (5xx) or the mail bounced; staff see it.</summary>
    Rejected = 2,

    /// <summary>The recipient unsubscribed from this kind of mail before it went out.</summary>
    Suppressed = 3,
}
