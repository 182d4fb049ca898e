using Hangfire;
using HalloBot.Domain.Outbox;
using HalloBot.Domain.Persistence;
using HalloBot.Jobs.Outbox;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Jobs.Indexing;

/// <summary>A district was renamed: every listing in it carries the old name in its document.</summary>
[AutomaticRetry(Attempts = IndexingRetries.Attempts)]
public sealed class IndexDistrictJob(HalloBotDbContext db, ListingIndexer indexer, OutboxLedger ledger)
{
    public Task ExecuteAsync(int districtId, CancellationToken cancellationToken) =>
        ledger.ProcessAsync(OutboxMessageKind.IndexDistrict, [districtId], async (_, ct) =>
        {
            var listingIds = await db.Listings
                .Where(l => l.DistrictId == districtId)
                .Select(l => l.Id)
                .ToListAsync(ct);
            await indexer.SyncAsync(listingIds, ct);
        }, cancellationToken);
}
