using HalloBot.Search.Contract;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HalloBot.Web.Infrastructure.Health;

/// <summary>Ready when the search index answers a count of its documents.</summary>
internal sealed partial class SearchIndexHealthCheck(ISearchIndex index, ILogger<SearchIndexHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var documents = await index.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy(
                "The index answers.",
                new Dictionary<string, object> { ["documents"] = documents });
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, e);
            return new HealthCheckResult(context.Registration.FailureStatus, "The search index does not answer (see the log).");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health check: the search index does not answer")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
