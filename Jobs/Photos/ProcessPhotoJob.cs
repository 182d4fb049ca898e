using Hangfire;
using HalloBot.Domain.Outbox;
using HalloBot.Jobs.Outbox;

namespace HalloBot.Jobs.Photos;

/// <summary>
/// "Process photo 42": checks the stored original, publishes its variants and marks the photo ready or rejected.
/// Runs on its own queue with one worker (<see cref="QueueName"/>): a job may take about 130 MiB while it decodes, and
/// photos must not crowd out indexing and mail. A failure (not a rejection) leaves the outbox row pending, and the
/// relay hands it over again with its back-off.
/// </summary>
[Queue(QueueName)]
[AutomaticRetry(Attempts = 0)]
public sealed class ProcessPhotoJob(OutboxLedger ledger, PhotoProcessing processing)
{
    /// <summary>The Hangfire queue of photo jobs; the host runs one worker on it.</summary>
    public const string QueueName = "photos";

    public Task ExecuteAsync(int photoId, CancellationToken cancellationToken) =>
        ledger.ProcessAsync(OutboxMessageKind.ProcessPhoto, [photoId], (ids, ct) => processing.ProcessAsync(ids.Single(), ct), cancellationToken);
}
