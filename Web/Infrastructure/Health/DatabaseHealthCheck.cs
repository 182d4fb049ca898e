using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HalloBot.Web.Infrastructure.Health;

/// <summary>Ready when the database answers and every migration of this build has been applied.</summary>
internal sealed partial class DatabaseHealthCheck(HalloBotDbContext db, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return new HealthCheckResult(context.Registration.FailureStatus, "The database cannot be reached.");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            return pending == 0
                ? HealthCheckResult.Healthy("Connected; the schema is up to date.")
                : new HealthCheckResult(context.Registration.FailureStatus, $"{pending} migration(s) not applied yet: run the migration script or 'migrate'.");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The exception may name servers and users: it goes to the log, the response says only what failed.
            LogFailed(logger, e);
            return new HealthCheckResult(context.Registration.FailureStatus, "The database check failed (see the log).");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health check: the database check failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
