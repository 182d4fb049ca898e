using Hangfire;

namespace HalloBot.Jobs.Indexing;

/// <summary>Many listings at once, for bulk changes such as an import: one index write per batch, not per listing.</summary>
[AutomaticRetry(Attempts = IndexingRetries.Attempts)]
public sealed class IndexListingsJob(ListingIndexer indexer)
{
    public Task ExecuteAsync(int[] listingIds, CancellationToken cancellationToken) =>
        indexer.IndexPendingAsync(listingIds, cancellationToken);
}
