using System.Diagnostics.Metrics;
using Hangfire;
using HalloBot.Domain.Persistence;

namespace HalloBot.Web.Infrastructure.Telemetry;

/// <summary>
/// Gauges of the work waiting in the background: outbox rows not yet processed, and Hangfire's enqueued and failed
/// jobs. Read when the metrics are collected (each export interval), not on every change.
/// </summary>
internal sealed partial class JobQueueMetrics : IHostedService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly JobStorage _jobStorage;
    private readonly ILogger<JobQueueMetrics> _logger;

    public JobQueueMetrics(HalloBotTelemetry telemetry, IServiceScopeFactory scopes, JobStorage jobStorage, ILogger<JobQueueMetrics> logger)
    {
        _scopes = scopes;
        _jobStorage = jobStorage;
        _logger = logger;
        telemetry.Meter.CreateObservableGauge(HalloBotTelemetry.OutboxPendingInstrument, PendingOutboxRows, unit: "{row}",
            description: "Outbox rows whose work has not been done yet.");
        telemetry.Meter.CreateObservableGauge(HalloBotTelemetry.JobsEnqueuedInstrument, EnqueuedJobs, unit: "{job}",
            description: "Jobs waiting in Hangfire's queues.");
        telemetry.Meter.CreateObservableGauge(HalloBotTelemetry.JobsFailedInstrument, FailedJobs, unit: "{job}",
            description: "Jobs in Hangfire's failed state (retries used up).");
    }

    // Constructing this service creates the gauges; starting it is all it needs.
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private IEnumerable<Measurement<long>> PendingOutboxRows() => Read("outbox", () =>
    {
        using var scope = _scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HalloBotDbContext>();
        return db.OutboxMessages.LongCount(m => m.ProcessedAt == null);
    });

    private IEnumerable<Measurement<long>> EnqueuedJobs() => Read("jobs", () =>
    {
        var monitoring = _jobStorage.GetMonitoringApi();
        return monitoring.Queues().Sum(q => monitoring.EnqueuedCount(q.Name));
    });

    private IEnumerable<Measurement<long>> FailedJobs() => Read("jobs", () => _jobStorage.GetMonitoringApi().FailedCount());

    /// <summary>A store that cannot be read gives no measurement rather than a wrong zero.</summary>
    private IEnumerable<Measurement<long>> Read(string source, Func<long> read)
    {
        try
        {
            return [new Measurement<long>(read())];
        }
        catch (Exception e)
        {
            LogUnreadable(_logger, source, e);
            return [];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Metrics: the {Source} queue could not be read")]
    private static partial void LogUnreadable(ILogger logger, string source, Exception exception);
}
