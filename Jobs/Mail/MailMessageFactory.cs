using System.Globalization;
using HalloBot.Domain.Mail;
using MimeKit;

namespace HalloBot.Jobs.Mail;

/// <summary>Turns a queued mail into the MIME message: plain text, and HTML beside it when there is one.</summary>
public static class MailMessageFactory
{
    public static MimeMessage Create(OutgoingMail mail, MailOptions options)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(MailboxAddress.Parse(mail.Recipient));
        // Addresses are checked where they are entered; one that MimeKit still cannot read only loses the shortcut.
        if (mail.ReplyTo is { } replyTo && MailboxAddress.TryParse(replyTo, out var replyAddress))
        {
            message.ReplyTo.Add(replyAddress);
        }

        message.Subject = mail.Subject;
        message.Date = new DateTimeOffset(DateTime.SpecifyKind(mail.CreatedAt, DateTimeKind.Utc));

        // Stable across retries, so that a twin (crash between send and record) can be recognised, and a bounce that
        // returns the headers leads back to the mail.
        message.MessageId = MessageIdOf(mail.Id, options);
        message.Headers.Add("Content-Language", mail.Culture);
        message.Headers.Add("X-HalloBot-Kind", mail.Kind);
        message.Headers.Add("Auto-Submitted", "auto-generated");

        if (mail.UnsubscribeUrl is { } unsubscribe)
        {
            // RFC 8058: mail clients offer a one-click "unsubscribe" that posts to this address.
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        var body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody };
        message.Body = body.ToMessageBody();
        return message;
    }

    public static string MessageIdOf(int mailId, MailOptions options) =>
        string.Create(CultureInfo.InvariantCulture, $"mail-{mailId}@{Domain(options)}");

    /// <summary>The id of the mail a Message-Id (without angle brackets) names, when it is one of ours.</summary>
    public static int? MailIdOf(string? messageId, MailOptions options)
    {
        var suffix = "@" + Domain(options);
        if (messageId is null || !messageId.StartsWith("mail-", StringComparison.Ordinal)
            || !messageId.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return int.TryParse(messageId.AsSpan(5, messageId.Length - 5 - suffix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
    }

    private static string Domain(MailOptions options) =>
        options.FromAddress[(options.FromAddress.IndexOf('@', StringComparison.Ordinal) + 1)..];
}
