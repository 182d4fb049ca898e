using System.Data.Common;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HalloBot.Jobs.Outbox;

/// <summary>
/// Wakes the relay when a transaction commits, so that new rows are handed over at once rather than at the
/// next sweep. Signals coalesce: however many commits happen meanwhile, the relay runs one pass.
/// </summary>
public sealed class OutboxSignal : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Raise() => _signals.Writer.TryWrite(true);

    public async Task WaitAsync(CancellationToken cancellationToken) =>
        await _signals.Reader.ReadAsync(cancellationToken);

    /// <summary>A save without a transaction of the caller's commits on its own.</summary>
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        RaiseIfCommitted(eventData);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        RaiseIfCommitted(eventData);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Raise();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Raise();
        return Task.CompletedTask;
    }

    private void RaiseIfCommitted(SaveChangesCompletedEventData eventData)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            Raise();
        }
    }
}
