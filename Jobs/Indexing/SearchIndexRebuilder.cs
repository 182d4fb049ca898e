using System.Runtime.CompilerServices;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using HalloBot.Search.Contract;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Jobs.Indexing;

/// <summary>Rebuilds the whole index from the database (<c>reindex</c>): the database is the truth.</summary>
public sealed class SearchIndexRebuilder(HalloBotDbContext db, ISearchIndex index, TimeProvider timeProvider)
{
    /// <summary>Listings read per query, in key order: memory stays flat whatever the directory's size.</summary>
    public const int BatchSize = 1000;

    /// <summary>Reports (documents read so far, published listings when the rebuild started).</summary>
    public async Task<int> RebuildAsync(IProgress<RebuildProgress>? progress, CancellationToken cancellationToken)
    {
        var total = await db.Listings.CountAsync(l => l.Status == ListingStatus.Published, cancellationToken);
        var startedAt = timeProvider.GetUtcNow().UtcDateTime;
        var counter = new DocumentCounter(total, progress);
        await index.RebuildAsync(ReadAsync(counter, cancellationToken), null, cancellationToken);

        // Rows processed during the rebuild went to the index being replaced: the relay must do them again.
        await db.OutboxMessages
            .Where(m => m.ProcessedAt != null && m.ProcessedAt >= startedAt)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, (DateTime?)null).SetProperty(m => m.HandedOverAt, (DateTime?)null), cancellationToken);
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

            foreach (var listing in batch)
            {
                yield return SearchDocumentBuilder.Build(listing);
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
