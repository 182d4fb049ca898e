using HalloBot.Jobs.Mail;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Infrastructure.Health;

/// <summary>
/// Ready when mail can leave: the pickup folder can be written to, or the SMTP server greets and answers EHLO.
/// Nothing is sent and no credentials are used.
/// </summary>
internal sealed partial class MailHealthCheck(IOptions<MailOptions> options, ILogger<MailHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var mail = options.Value;
        try
        {
            if (mail.Provider == MailProvider.Smtp)
            {
                await SmtpGreeting.ExchangeAsync(mail.Smtp.Host!, mail.Smtp.Port, mail.Smtp.Security == SmtpSecurity.SslOnConnect, cancellationToken);
                return HealthCheckResult.Healthy("The SMTP server answers EHLO.");
            }

            await CheckPickupAsync(mail.PickupDirectory!, cancellationToken);
            return HealthCheckResult.Healthy("The mail pickup folder can be written to.");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, mail.Provider, e);
            return new HealthCheckResult(context.Registration.FailureStatus,
                mail.Provider == MailProvider.Smtp
                    ? "The SMTP server does not answer (see the log)."
                    : "The mail pickup folder cannot be written to (see the log).");
        }
    }

    private static async Task CheckPickupAsync(string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        // A file of our own, never an .eml, so that whatever collects the folder does not take it for mail.
        var probe = Path.Combine(folder, $".health-{Guid.NewGuid():N}.tmp");
        await File.WriteAllTextAsync(probe, "ok", cancellationToken);
        File.Delete(probe);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health check: mail through {Provider} is not possible")]
    private static partial void LogFailed(ILogger logger, MailProvider provider, Exception exception);
}
