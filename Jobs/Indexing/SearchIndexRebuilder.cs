using System.Runtime.CompilerServices;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Outbox;
using HalloBot.Domain.Persistence;
using HalloBot.Search.Contract;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Jobs.Indexing;

/// <summary>Rebuilds the whole index from the database (<c>reindex</c>): the database is the truth.</summary>
public sealed class SearchIndexRebuilder(HalloBotDbContext db, ISearchIndex index, TimeProvider timeProvider, CurrentOfferTexts offers)
{
    /// <summary>Listings read per query, in key order: memory stays flat whatever the directory's size.</summary>
    public const int BatchSize = 1000;

    /// <summary>Row ids per statement; well under SQL Server's 2,100 parameters.</summary>
    private const int IdsPerStatement = 1000;

    /// <summary>The outbox work a rebuild does: everything that brings documents in line with the database.</summary>
    private static readonly OutboxMessageKind[] IndexKinds = [OutboxMessageKind.IndexListing, OutboxMessageKind.IndexCategory, OutboxMessageKind.IndexDistrict];

    /// <summary>Reports (documents read so far, published listings when the rebuild started).</summary>
    public async Task<int> RebuildAsync(IProgress<RebuildProgress>? progress, CancellationToken cancellationToken)
    {
        var startedAt = timeProvider.GetUtcNow().UtcDateTime;

        // Read before any listing: every change these rows stand for is committed, so the rebuild, which reads
        // the listings afterwards, covers it. Rows written from now on stay pending for their own jobs.
        var coveredRows = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.ProcessedAt == null && IndexKinds.Contains(m.Kind))
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);
        var lastRowAtStart = await db.OutboxMessages.MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0;
        var total = await db.Listings.CountAsync(l => l.Status == ListingStatus.Published, cancellationToken);
        var counter = new DocumentCounter(total, progress);
        await index.RebuildAsync(ReadAsync(counter, cancellationToken), null, cancellationToken);

        // Rows processed during the rebuild went to the index being replaced: the relay must do them again. With
        // Elasticsearch the site (another process) wrote them through the alias to the old index. By time, and for
        // indexing rows also by id, which holds when the site's clock differs from this one.
        await db.OutboxMessages
            .Where(m => m.ProcessedAt != null && (m.ProcessedAt >= startedAt || (m.Id > lastRowAtStart && IndexKinds.Contains(m.Kind))))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, (DateTime?)null).SetProperty(m => m.HandedOverAt, (DateTime?)null), cancellationToken);

        // The rows pending at the start are done: without this, the next start of the site would index again
        // everything a bulk import touched (100,000 listings: about a minute of work) that the rebuild has just indexed.
        var processedAt = timeProvider.GetUtcNow().UtcDateTime;
        foreach (var chunk in coveredRows.Chunk(IdsPerStatement))
        {
            await db.OutboxMessages
                .Where(m => chunk.Contains(m.Id) && m.ProcessedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, processedAt), cancellationToken);
        }

        return counter.Count;
    }

    private async IAsyncEnumerable<SearchDocument> ReadAsync(DocumentCounter counter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lastId = 0;
        while (true)
        {
            var batch = await IndexedListings.Published(db)
                .Where(l => l.Id > lastId)
                .OrderBy(l => l.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                counter.Finish();
                yield break;
            }

            var offerTexts = await offers.ForListingsAsync(batch.ConvertAll(l => l.Id), cancellationToken);
            foreach (var listing in batch)
            {
                yield return SearchDocumentBuilder.Build(listing, offerTexts[listing.Id]);
            }

            counter.Add(batch.Count);
            lastId = batch[^1].Id;
        }
    }

    private sealed class DocumentCounter(int total, IProgress<RebuildProgress>? progress)
    {
        public int Count { get; private set; }

        public void Add(int count)
        {
            Count += count;
            progress?.Report(new RebuildProgress(Count, Math.Max(total, Count)));
        }

        public void Finish() => progress?.Report(new RebuildProgress(Count, Count));
    }
}

public readonly record struct RebuildProgress(int Done, int Total)
{
    public int Percent => Total == 0 ? 100 : (int)(100L * Done / Total);

    public override string ToString() => $"{Done}/{Total} ({Percent} %)";
}
