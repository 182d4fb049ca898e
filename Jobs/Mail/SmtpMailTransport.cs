using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace HalloBot.Jobs.Mail;

/// <summary>Sends through an SMTP server with MailKit; one connection per message (mail volume is small).</summary>
/// <param name="bounceAddress">The envelope sender (MAIL FROM), where bounces go; null for the message's From.</param>
public sealed class SmtpMailTransport(SmtpOptions options, string? bounceAddress = null) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var host = options.Host ?? throw new InvalidOperationException("HalloBot:Mail:Smtp:Host is not set.");
        using var client = new SmtpClient { Timeout = options.TimeoutSeconds * 1000 };
        var security = options.Security switch
        {
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            SmtpSecurity.None => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(host, options.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(options.Username))
        {
            await client.AuthenticateAsync(options.Username, options.Password ?? "", cancellationToken);
        }

        try
        {
            if (bounceAddress is null)
            {
                await client.SendAsync(message, cancellationToken);
            }
            else
            {
                await client.SendAsync(message, MailboxAddress.Parse(bounceAddress), message.To.Mailboxes, cancellationToken);
            }
        }
        catch (SmtpCommandException e) when (IsRecipientRefusedForGood(e))
        {
            throw new MailRejectedException((int)e.StatusCode, $"{(int)e.StatusCode} {e.Message}", e);
        }
        catch (ServiceNotAuthenticatedException)
        {
            // MailKit's answer to 530 (authentication required): the site's login is missing or wrong, not the recipient.
            throw new SmtpDeliveryException((int)SmtpStatusCode.AuthenticationRequired, "authentication required");
        }
        catch (SmtpCommandException e)
        {
            // Retried by the outbox. The server's text is left out (a refused RCPT quotes the address, and the failure
            // is stored and may be logged); code and command say enough: 530 to MAIL FROM is a missing login.
            throw new SmtpDeliveryException((int)e.StatusCode, e.ErrorCode.ToString());
        }
        finally
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
    }

    /// <summary>
    /// Only a 5xx answer to RCPT TO says the address is bad. A 5xx to MAIL FROM (530 authentication required, 550 relay
    /// denied) or to DATA is about the site's account or server, and a 4xx is temporary: those are failures that the
    /// outbox retries, never a reason to give up on the recipient.
    /// </summary>
    private static bool IsRecipientRefusedForGood(SmtpCommandException e) =>
        e.ErrorCode == SmtpErrorCode.RecipientNotAccepted && (int)e.StatusCode >= 500;
}

/// <summary>A refusal the outbox tries again: temporary (4xx), or about the site's account or message rather than the recipient.</summary>
public sealed class SmtpDeliveryException(int statusCode, string refused)
    : IOException($"The SMTP server answered {statusCode} ({refused}); the mail stays pending and is tried again.")
{
    public int StatusCode { get; } = statusCode;
}
