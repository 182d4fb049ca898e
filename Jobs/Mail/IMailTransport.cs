using MimeKit;

namespace HalloBot.Jobs.Mail;

/// <summary>Delivers one finished message: to the pickup folder or to an SMTP server.</summary>
public interface IMailTransport
{
    /// <exception cref="MailRejectedException">The server refused the message or recipient for good.</exception>
    /// <remarks>Any other exception is a transient failure: the mail stays pending and is tried again.</remarks>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>A permanent refusal (5xx): trying again would not help; staff see the address as rejected.</summary>
public sealed class MailRejectedException(string message, Exception? inner = null) : Exception(message, inner);
