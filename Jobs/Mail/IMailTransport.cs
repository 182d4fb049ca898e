using MimeKit;

namespace HalloBot.Jobs.Mail;

/// <summary>Delivers one finished message: to the pickup folder or to an SMTP server.</summary>
public interface IMailTransport
{
    /// <exception cref="MailRejectedException">The server refused the recipient for good.</exception>
    /// <remarks>Any other exception is a transient failure: the mail stays pending and is tried again.</remarks>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>
/// The server refused the recipient for good (5xx to RCPT TO): trying again would not help; staff see the address as
/// rejected. A refusal of the site's own account or message (auth required, relay denied on MAIL FROM, …) is not this:
/// it is the site's configuration, the mail stays pending and is tried again once it is fixed.
/// </summary>
/// <param name="statusCode">The SMTP reply code, e.g. 550: the only part that is logged (the server's text quotes the address).</param>
public sealed class MailRejectedException(int statusCode, string message, Exception? inner = null) : Exception(message, inner)
{
    public int StatusCode { get; } = statusCode;
}
