using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace HalloBot.Domain.Outbox;

/// <summary>
/// Writes the outbox rows for a save in the same transaction as the save: one row per record and
/// transaction, however many of its rows changed. A new listing's key exists only after its insert, so the
/// rows are written right after the save and before the commit: in the caller's transaction, or in one opened
/// here around the save. They go in as plain multi-row inserts rather than tracked entities, which keeps a
/// 100,000-row import fast. Works with <c>AutoDetectChangesEnabled</c> off as long as the caller detects
/// changes before saving (as EF Core itself requires then).
/// </summary>
public sealed class OutboxInterceptor(TimeProvider timeProvider) : SaveChangesInterceptor
{
    /// <summary>Rows per INSERT statement; SQL Server takes at most 1,000 rows in one VALUES list.</summary>
    private const int RowsPerStatement = 500;

    /// <summary>The interceptor every <c>HalloBotDbContext</c> gets, so that no save can forget the outbox.</summary>
    public static OutboxInterceptor Default { get; } = new(TimeProvider.System);

    private readonly ConditionalWeakTable<DbContext, SaveState> _states = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Begin(eventData.Context) is { } state && eventData.Context!.Database.CurrentTransaction is null)
        {
            state.OwnTransaction = eventData.Context.Database.BeginTransaction();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Begin(eventData.Context) is { } state && eventData.Context!.Database.CurrentTransaction is null)
        {
            state.OwnTransaction = await eventData.Context.Database.BeginTransactionAsync(cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (State(eventData.Context) is not { Active: true } state)
        {
            return result;
        }

        try
        {
            foreach (var (sql, parameters) in Statements(eventData.Context!, state))
            {
                eventData.Context!.Database.ExecuteSqlRaw(sql, parameters);
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
        if (State(eventData.Context) is not { Active: true } state)
        {
            return result;
        }

        try
        {
            foreach (var (sql, parameters) in Statements(eventData.Context!, state))
            {
                await eventData.Context!.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
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

    /// <summary>Collects the save's changes; null when there is nothing to write.</summary>
    private SaveState? Begin(DbContext? context)
    {
        if (context?.Model.FindEntityType(typeof(OutboxMessage)) is null)
        {
            return null;
        }

        var changes = OutboxChanges.Collect(context.ChangeTracker);
        if (changes.IsEmpty)
        {
            return null;
        }

        var state = _states.GetValue(context, _ => new SaveState());
        var transaction = context.Database.CurrentTransaction;
        if (transaction is null || !ReferenceEquals(transaction, state.Transaction))
        {
            // Rows are coalesced per transaction; a save without one is a transaction of its own.
            state.Transaction = transaction;
            state.Written.Clear();
        }

        state.Known.AddRange(changes.Known);
        state.Added.AddRange(changes.Added);
        state.Active = true;
        return state;
    }

    private SaveState? State(DbContext? context) =>
        context is not null && _states.TryGetValue(context, out var state) ? state : null;

    /// <summary>The INSERT statements for the rows not yet written in this transaction (new listings have their keys by now).</summary>
    private IEnumerable<(string Sql, object[] Parameters)> Statements(DbContext context, SaveState state)
    {
        var keys = state.Known
            .Concat(state.Added.Select(a => (a.Kind, Id: (int)a.Entry.Property("Id").CurrentValue!)))
            .Where(state.Written.Add)
            .ToList();
        if (keys.Count == 0)
        {
            yield break;
        }

        var table = OutboxTable.Of(context);
        object[] parameters = [timeProvider.GetUtcNow().UtcDateTime];
        foreach (var chunk in keys.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder(table.InsertPrefix);
            for (var i = 0; i < chunk.Length; i++)
            {
                // Only our own enum names and integers are written inline; the time is a parameter.
                sql.Append(i == 0 ? "" : ", ")
                    .Append(CultureInfo.InvariantCulture, $"('{chunk[i].Kind}', {chunk[i].Id}, {{0}}, 0)");
            }

            yield return (sql.ToString(), parameters);
        }
    }

    private void Fail(DbContext? context)
    {
        if (State(context) is { Active: true } state)
        {
            Abort(state);
        }
    }

    /// <summary>The save failed: nothing of it may stay, and a retry in the same transaction must write its rows again.</summary>
    private static void Abort(SaveState state)
    {
        state.Written.Clear();
        state.Transaction = null;
        state.OwnTransaction?.Rollback();
        End(state);
    }

    private static void End(SaveState state)
    {
        state.Active = false;
        state.Known.Clear();
        state.Added.Clear();
        state.OwnTransaction?.Dispose();
        state.OwnTransaction = null;
    }

    private sealed class SaveState
    {
        public bool Active { get; set; }
        public IDbContextTransaction? OwnTransaction { get; set; }
        public IDbContextTransaction? Transaction { get; set; }
        public HashSet<(OutboxMessageKind Kind, int Id)> Written { get; } = [];
        public List<(OutboxMessageKind Kind, int Id)> Known { get; } = [];
        public List<(OutboxMessageKind Kind, EntityEntry Entry)> Added { get; } = [];
    }

    /// <summary>The outbox table's name and columns as the model maps them, quoted for the provider in use.</summary>
    private sealed record OutboxTable(string InsertPrefix)
    {
        public static OutboxTable Of(DbContext context)
        {
            var entity = context.Model.FindEntityType(typeof(OutboxMessage))!;
            var sql = context.GetService<ISqlGenerationHelper>();
            var table = sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
            var columns = new[] { nameof(OutboxMessage.Kind), nameof(OutboxMessage.EntityId), nameof(OutboxMessage.CreatedAt), nameof(OutboxMessage.Attempts) }
                .Select(p => sql.DelimitIdentifier(entity.FindProperty(p)!.GetColumnName()));
            return new OutboxTable($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
        }
    }
}
