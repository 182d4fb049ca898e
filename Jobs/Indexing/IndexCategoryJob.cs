using Hangfire;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Outbox;
using HalloBot.Domain.Persistence;
using HalloBot.Jobs.Outbox;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Jobs.Indexing;

/// <summary>A category was renamed: every listing in it carries the old name in its document.</summary>
[AutomaticRetry(Attempts = IndexingRetries.Attempts)]
public sealed class IndexCategoryJob(HalloBotDbContext db, ListingIndexer indexer, OutboxLedger ledger)
{
    public Task ExecuteAsync(int categoryId, CancellationToken cancellationToken) =>
        ledger.ProcessAsync(OutboxMessageKind.IndexCategory, [categoryId], async (_, ct) =>
        {
            var listingIds = await db.Set<ListingCategory>()
                .Where(c => c.CategoryId == categoryId)
                .Select(c => c.ListingId)
                .ToListAsync(ct);
            await indexer.SyncAsync(listingIds, ct);
        }, cancellationToken);
}
