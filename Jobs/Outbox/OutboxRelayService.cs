using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HalloBot.Jobs.Outbox;

/// <summary>
/// Runs the relay: once at start-up for every pending row (the in-memory job storage forgot its queue),
/// after every commit, and every <see cref="SweepInterval"/> for rows still pending. A hosted loop rather than
/// a Hangfire recurring job: Hangfire's cron runs at most once a minute, and a sweep that depends on the job
/// runner could not notice that the job runner lost its queue.
/// </summary>
public sealed class OutboxRelayService(
    IServiceScopeFactory scopes, OutboxSignal signal, TimeProvider timeProvider, ILogger<OutboxRelayService> logger)
    : BackgroundService
{
    public static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await PassAsync(everything: true, stoppingToken);
        using var timer = new PeriodicTimer(SweepInterval, timeProvider);
        var tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
        var commit = signal.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var woken = await Task.WhenAny(tick, commit);
            if (woken.IsCanceled)
            {
                return;
            }

            if (woken == tick)
            {
                if (!await tick)
                {
                    return;
                }

                tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
            }
            else
            {
                commit = signal.WaitAsync(stoppingToken);
            }

            await PassAsync(everything: false, stoppingToken);
        }
    }

    private async Task PassAsync(bool everything, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var relay = scope.ServiceProvider.GetRequiredService<OutboxRelay>();
            var count = await relay.HandOverAsync(everything, cancellationToken);
            if (count > 0)
            {
                logger.LogDebug("Handed {Count} outbox row(s) over to the job runner.", count);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The rows stay pending; the next pass tries again. The site must not stop over it.
            logger.LogWarning(e, "The outbox relay could not hand rows over; it tries again at the next sweep.");
        }
    }
}
