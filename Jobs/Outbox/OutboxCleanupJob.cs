using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Jobs.Outbox;

/// <summary>Removes processed rows after a week: long enough to look into what happened, short enough to keep the table small.</summary>
public sealed class OutboxCleanupJob(HalloBotDbContext db, TimeProvider timeProvider)
{
    public static readonly TimeSpan KeepProcessed = TimeSpan.FromDays(7);

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var cutoff = timeProvider.GetUtcNow().UtcDateTime - KeepProcessed;
        await db.OutboxMessages.Where(m => m.ProcessedAt != null && m.ProcessedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
