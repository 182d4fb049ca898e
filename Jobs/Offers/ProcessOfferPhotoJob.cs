using Hangfire;
using HalloBot.Domain.Outbox;
using HalloBot.Jobs.Outbox;
using HalloBot.Jobs.Photos;

namespace HalloBot.Jobs.Offers;

/// <summary>"Process offer photo 42": the listing photo job's work for an offer's photo, on the same single-worker queue.</summary>
[Queue(ProcessPhotoJob.QueueName)]
[AutomaticRetry(Attempts = 0)]
public sealed class ProcessOfferPhotoJob(OutboxLedger ledger, OfferPhotoProcessing processing)
{
    public Task ExecuteAsync(int photoId, CancellationToken cancellationToken) =>
        ledger.ProcessAsync(OutboxMessageKind.ProcessOfferPhoto, [photoId], (ids, ct) => processing.ProcessAsync(ids.Single(), ct), cancellationToken);
}
