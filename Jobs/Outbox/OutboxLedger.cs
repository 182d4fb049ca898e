using HalloBot.Domain.Outbox;
using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Jobs.Outbox;

/// <summary>Keeps the outbox's books for the jobs: which rows a run covers, and how it ended.</summary>
public sealed class OutboxLedger(HalloBotDbContext db, TimeProvider timeProvider)
{
    /// <summary>Row ids per statement; well under SQL Server's 2,100 parameters.</summary>
    private const int IdsPerStatement = 1000;

    /// <summary>
    /// Runs <paramref name="work"/> for the records that have pending rows of <paramref name="kind"/>, then
    /// marks exactly these rows processed. The rows are read before the work reads the records, so every
    /// change they stand for is already committed and seen by the work; a row written meanwhile stays
    /// pending for its own run. On failure the rows record the attempt and the error, and the exception
    /// goes on to the job runner, which retries.
    /// </summary>
    /// <returns>False when no record had pending rows and nothing was done.</returns>
    public async Task<bool> ProcessAsync(
        OutboxMessageKind kind,
        IReadOnlyCollection<int> entityIds,
        Func<IReadOnlyCollection<int>, CancellationToken, Task> work,
        CancellationToken cancellationToken)
    {
        var pending = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.ProcessedAt == null && m.Kind == kind && entityIds.Contains(m.EntityId))
            .Select(m => new { m.Id, m.EntityId })
            .ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return false;
        }

        var rowIds = pending.Select(m => m.Id).ToList();
        try
        {
            await work(pending.Select(m => m.EntityId).Distinct().ToList(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await RecordFailureAsync(rowIds, e);
            throw;
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        foreach (var chunk in rowIds.Chunk(IdsPerStatement))
        {
            await db.OutboxMessages
                .Where(m => chunk.Contains(m.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, now), cancellationToken);
        }

        return true;
    }

    private async Task RecordFailureAsync(List<long> rowIds, Exception failure)
    {
        var error = OutboxMessage.TrimError($"{failure.GetType().Name}: {failure.Message}");
        try
        {
            foreach (var chunk in rowIds.Chunk(IdsPerStatement))
            {
                await db.OutboxMessages
                    .Where(m => chunk.Contains(m.Id))
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                        .SetProperty(m => m.LastError, error));
            }
        }
        catch (Exception)
        {
            // The database may be what failed; the original error matters more than its bookkeeping.
        }
    }
}
