using Hangfire;
using HalloBot.Domain.Outbox;
using HalloBot.Domain.Persistence;
using HalloBot.Jobs.Indexing;
using HalloBot.Jobs.Mail;
using HalloBot.Jobs.Offers;
using HalloBot.Jobs.Photos;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Jobs.Outbox;

/// <summary>
/// Hands pending outbox rows to Hangfire: rows never handed over, and rows whose last hand-over is older
/// than their retry delay (the job failed or its queue was lost). Several rows of one record become one job.
/// </summary>
public sealed class OutboxRelay(HalloBotDbContext db, IBackgroundJobClient jobs, TimeProvider timeProvider)
{
    /// <summary>Rows read per round; a pass repeats rounds until nothing is due.</summary>
    public const int RowsPerRound = 5000;

    /// <summary>Listings per bulk job: one index write each.</summary>
    public const int ListingsPerJob = 200;

    private const int IdsPerStatement = 1000;

    /// <summary>Hands over what is due; with <paramref name="everything"/>, every pending row (at start-up).</summary>
    /// <returns>The number of rows handed over.</returns>
    public async Task<int> HandOverAsync(bool everything, CancellationToken cancellationToken)
    {
        var handedOver = 0;
        var lastId = 0L;
        while (true)
        {
            var now = timeProvider.GetUtcNow().UtcDateTime;
            var rows = await Due(now, everything)
                .Where(m => m.Id > lastId)
                .OrderBy(m => m.Id)
                .Select(m => new { m.Id, m.Kind, m.EntityId })
                .Take(RowsPerRound)
                .ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                return handedOver;
            }

            Enqueue(rows.Select(r => (r.Kind, r.EntityId)));
            foreach (var chunk in rows.Select(r => r.Id).Chunk(IdsPerStatement))
            {
                await db.OutboxMessages
                    .Where(m => chunk.Contains(m.Id))
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.HandedOverAt, now), cancellationToken);
            }

            handedOver += rows.Count;
            lastId = rows[^1].Id;
        }
    }

    private IQueryable<OutboxMessage> Due(DateTime now, bool everything)
    {
        var pending = db.OutboxMessages.AsNoTracking().Where(m => m.ProcessedAt == null);
        if (everything)
        {
            return pending;
        }

        // The retry delay by attempts, spelled out so that the database can compare.
        var due = Enumerable.Range(0, 6).Select(a => now - OutboxMessage.RetryDelay(a)).ToArray();
        return pending.Where(m => m.HandedOverAt == null || m.HandedOverAt <=
            (m.Attempts == 0 ? due[0]
            : m.Attempts == 1 ? due[1]
            : m.Attempts == 2 ? due[2]
            : m.Attempts == 3 ? due[3]
            : m.Attempts == 4 ? due[4]
            : due[5]));
    }

    private void Enqueue(IEnumerable<(OutboxMessageKind Kind, int EntityId)> rows)
    {
        var byKind = rows.Distinct().GroupBy(r => r.Kind, r => r.EntityId);
        foreach (var group in byKind)
        {
            switch (group.Key)
            {
                case OutboxMessageKind.IndexListing:
                    foreach (var chunk in group.Chunk(ListingsPerJob))
                    {
                        if (chunk.Length == 1)
                        {
                            jobs.Enqueue<IndexListingJob>(j => j.ExecuteAsync(chunk[0], CancellationToken.None));
                        }
                        else
                        {
                            jobs.Enqueue<IndexListingsJob>(j => j.ExecuteAsync(chunk, CancellationToken.None));
                        }
                    }

                    break;
                case OutboxMessageKind.IndexCategory:
                    foreach (var id in group)
                    {
                        jobs.Enqueue<IndexCategoryJob>(j => j.ExecuteAsync(id, CancellationToken.None));
                    }

                    break;
                case OutboxMessageKind.IndexDistrict:
                    foreach (var id in group)
                    {
                        jobs.Enqueue<IndexDistrictJob>(j => j.ExecuteAsync(id, CancellationToken.None));
                    }

                    break;
                case OutboxMessageKind.SendMail:
                    foreach (var id in group)
                    {
                        jobs.Enqueue<SendMailJob>(j => j.ExecuteAsync(id, CancellationToken.None));
                    }

                    break;
                case OutboxMessageKind.ProcessPhoto:
                    foreach (var id in group)
                    {
                        jobs.Enqueue<ProcessPhotoJob>(j => j.ExecuteAsync(id, CancellationToken.None));
                    }

                    break;
                case OutboxMessageKind.ProcessOfferPhoto:
                    foreach (var id in group)
                    {
                        jobs.Enqueue<ProcessOfferPhotoJob>(j => j.ExecuteAsync(id, CancellationToken.None));
                    }

                    break;
                default:
                    throw new InvalidOperationException($"No job handles outbox rows of kind {group.Key}.");
            }
        }
    }
}
