using Hangfire;

namespace HalloBot.Jobs.Indexing;

/// <summary>"Index listing 42": upserts or deletes its document from its current state.</summary>
[AutomaticRetry(Attempts = IndexingRetries.Attempts)]
public sealed class IndexListingJob(ListingIndexer indexer)
{
    public Task ExecuteAsync(int listingId, CancellationToken cancellationToken) =>
        indexer.IndexPendingAsync([listingId], cancellationToken);
}
