using System.Runtime.CompilerServices;
using HalloBot.Domain.Listings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace HalloBot.Domain.Outbox;

/// <summary>
/// Writes the outbox rows for a save in the same transaction as the save: one row per record and
/// transaction, however many of its rows changed. A new listing's key exists only after its insert, so
/// a save that adds listings runs in a transaction (the caller's, or one opened here) and writes their
/// rows with a second save before the commit. Works with <c>AutoDetectChangesEnabled</c> off as long as
/// the caller detects changes before saving (as EF Core itself requires then).
/// </summary>
public sealed class OutboxInterceptor(TimeProvider timeProvider) : SaveChangesInterceptor
{
    /// <summary>The interceptor every <c>HalloBotDbContext</c> gets, so that no save can forget the outbox.</summary>
    public static OutboxInterceptor Default { get; } = new(TimeProvider.System);

    private readonly ConditionalWeakTable<DbContext, SaveState> _states = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Begin(eventData.Context) is { } state && state.NeedsTransaction)
        {
            state.OwnTransaction = eventData.Context!.Database.BeginTransaction();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Begin(eventData.Context) is { } state && state.NeedsTransaction)
        {
            state.OwnTransaction = await eventData.Context!.Database.BeginTransactionAsync(cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (State(eventData.Context) is not { Nested: false } state)
        {
            return result;
        }

        var context = eventData.Context!;
        try
        {
            if (WriteAddedListings(context, state))
            {
                state.Nested = true;
                context.SaveChanges();
                state.Nested = false;
            }

            state.OwnTransaction?.Commit();
        }
        catch
        {
            Abort(state);
            throw;
        }

        End(state);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (State(eventData.Context) is not { Nested: false } state)
        {
            return result;
        }

        var context = eventData.Context!;
        try
        {
            if (WriteAddedListings(context, state))
            {
                state.Nested = true;
                await context.SaveChangesAsync(cancellationToken);
                state.Nested = false;
            }

            if (state.OwnTransaction is { } transaction)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch
        {
            Abort(state);
            throw;
        }

        End(state);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Fail(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Fail(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Fail(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Fail(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Collects the save's changes and adds the rows whose keys are known; null when there is nothing to do.</summary>
    private SaveState? Begin(DbContext? context)
    {
        if (context?.Model.FindEntityType(typeof(OutboxMessage)) is null)
        {
            return null;
        }

        var state = _states.GetValue(context, _ => new SaveState());
        if (state.Nested)
        {
            return null;
        }

        var changes = OutboxChanges.Collect(context.ChangeTracker);
        if (changes.IsEmpty)
        {
            return null;
        }

        var transaction = context.Database.CurrentTransaction;
        if (transaction is null || !ReferenceEquals(transaction, state.Transaction))
        {
            // Rows are coalesced per transaction; a save without one is a transaction of its own.
            state.Transaction = transaction;
            state.Written.Clear();
        }

        Write(context, state, changes.Known);
        state.AddedListings.AddRange(changes.AddedListings);
        state.NeedsTransaction = transaction is null && changes.AddedListings.Count > 0;
        return state;
    }

    private SaveState? State(DbContext? context) =>
        context is not null && _states.TryGetValue(context, out var state) ? state : null;

    private bool WriteAddedListings(DbContext context, SaveState state)
    {
        if (state.AddedListings.Count == 0)
        {
            return false;
        }

        var keys = state.AddedListings.Select(l => (OutboxMessageKind.IndexListing, l.Id)).ToList();
        state.AddedListings.Clear();
        return Write(context, state, keys) > 0;
    }

    private int Write(DbContext context, SaveState state, IEnumerable<(OutboxMessageKind Kind, int Id)> keys)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var messages = new List<OutboxMessage>();
        foreach (var key in keys)
        {
            if (state.Written.Add(key))
            {
                messages.Add(new OutboxMessage(key.Kind, key.Id, now));
            }
        }

        context.Set<OutboxMessage>().AddRange(messages);
        return messages.Count;
    }

    private void Fail(DbContext? context)
    {
        if (State(context) is { Nested: false } state)
        {
            Abort(state);
        }
    }

    /// <summary>The save failed: nothing of it may stay, and a retry in the same transaction must write its rows again.</summary>
    private static void Abort(SaveState state)
    {
        state.Nested = false;
        state.Written.Clear();
        state.Transaction = null;
        if (state.OwnTransaction is { } transaction)
        {
            transaction.Rollback();
        }

        End(state);
    }

    private static void End(SaveState state)
    {
        state.AddedListings.Clear();
        state.NeedsTransaction = false;
        state.OwnTransaction?.Dispose();
        state.OwnTransaction = null;
    }

    private sealed class SaveState
    {
        public bool Nested { get; set; }
        public bool NeedsTransaction { get; set; }
        public IDbContextTransaction? OwnTransaction { get; set; }
        public IDbContextTransaction? Transaction { get; set; }
        public HashSet<(OutboxMessageKind Kind, int Id)> Written { get; } = [];
        public List<Listing> AddedListings { get; } = [];
    }
}
