using HalloBot.Domain.Outbox;
using HalloBot.Domain.Persistence;
using HalloBot.Jobs.Outbox;
using HalloBot.Search.Contract;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Jobs.Indexing;

/// <summary>
/// Brings listings' search documents in line with the database: a published listing is upserted from its
/// current state, any other (draft, in review, suspended, deleted) is removed. Reading the current state
/// makes it safe to run twice, late or out of order.
/// </summary>
public sealed class ListingIndexer(HalloBotDbContext db, ISearchIndex index, OutboxLedger ledger, CurrentOfferTexts offers)
{
    /// <summary>Listings read and sent to the index at a time.</summary>
    public const int BatchSize = 500;

    /// <summary>
    /// Indexes those of the listings that still have pending outbox rows and marks these rows processed.
    /// A listing without pending rows was handled by an earlier run that read its state after the last change.
    /// </summary>
    public async Task IndexPendingAsync(IReadOnlyCollection<int> listingIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in listingIds.Distinct().Chunk(BatchSize))
        {
            await ledger.ProcessAsync(OutboxMessageKind.IndexListing, chunk, SyncAsync, cancellationToken);
        }
    }

    /// <summary>Upserts or deletes the documents of these listings, whatever the outbox says.</summary>
    public async Task SyncAsync(IReadOnlyCollection<int> listingIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in listingIds.Distinct().Chunk(BatchSize))
        {
            var published = await IndexedListings.Published(db).Where(l => chunk.Contains(l.Id)).ToListAsync(cancellationToken);
            if (published.Count > 0)
            {
                var offerTexts = await offers.ForListingsAsync(published.ConvertAll(l => l.Id), cancellationToken);
                await index.UpsertAsync(published.ConvertAll(l => SearchDocumentBuilder.Build(l, offerTexts[l.Id])), cancellationToken);
            }

            var gone = chunk.Except(published.Select(l => l.Id)).ToList();
            if (gone.Count > 0)
            {
                await index.DeleteAsync(gone, cancellationToken);
            }
        }
    }
}
