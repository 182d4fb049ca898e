namespace HalloBot.Domain.Outbox;

/// <summary>
/// Work that a change leaves behind for the background jobs, written in the same transaction as the
/// change itself: the durable queue that survives a crash between commit and hand-over.
/// Only the record matters, not the change: the job reads the record's current state.
/// </summary>
public sealed class OutboxMessage
{
    public const int LastErrorMaxLength = 2000;

    private OutboxMessage()
    {
    }

    public OutboxMessage(OutboxMessageKind kind, int entityId, DateTime createdAt)
    {
        Kind = kind;
        EntityId = entityId;
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }
    public OutboxMessageKind Kind { get; private set; }
    public int EntityId { get; private set; }
    public DateTime CreatedAt { get; private set; }

    /// <summary>When the row was last given to the job runner; null until then.</summary>
    public DateTime? HandedOverAt { get; private set; }

    /// <summary>When a job finished the work; null while it is pending.</summary>
    public DateTime? ProcessedAt { get; private set; }

    /// <summary>Failed runs so far; the relay waits longer before each new hand-over.</summary>
    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public bool IsPending => ProcessedAt is null;

    /// <summary>
    /// How long after a hand-over the relay waits before handing a still-pending row over again:
    /// doubling with each failed run, from 30 seconds up to 16 minutes.
    /// </summary>
    public static TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromSeconds(30 * Math.Pow(2, Math.Clamp(attempts, 0, 5)));

    public static string TrimError(string error) =>
        error.Length <= LastErrorMaxLength ? error : error[..LastErrorMaxLength];
}
