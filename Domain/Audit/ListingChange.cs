namespace HalloBot.Domain.Audit;

/// <summary>
/// One field of one listing changed: who, when, from what to what. Written in the same save as the change;
/// never updated or deleted. The actor's name is kept as it was then, so the trail reads the same after a
/// member renames or deletes their account.
/// </summary>
public sealed class ListingChange
{
    public const int FieldMaxLength = 50;
    public const int ValueMaxLength = 4000;
    public const int ActorNameMaxLength = 150;

    private ListingChange()
    {
    }

    public ListingChange(int listingId, string field, string? oldValue, string? newValue, ChangeActor actor, DateTime changedAt)
    {
        ListingId = listingId;
        Field = field;
        OldValue = Trim(oldValue);
        NewValue = Trim(newValue);
        ActorMemberId = actor.MemberId;
        ActorName = actor.Name.Length <= ActorNameMaxLength ? actor.Name : actor.Name[..ActorNameMaxLength];
        ByStaff = actor.IsStaff;
        ChangedAt = changedAt;
    }

    public long Id { get; private set; }
    public int ListingId { get; private set; }

    /// <summary>The field's name in the exchange format (<c>name</c>, <c>opening_hours</c>, <c>photos</c> …).</summary>
    public string Field { get; private set; } = "";

    public string? OldValue { get; private set; }
    public string? NewValue { get; private set; }

    /// <summary>Null for changes by the system (import on the command line).</summary>
    public string? ActorMemberId { get; private set; }

    public string ActorName { get; private set; } = "";

    /// <summary>A staff member changed it on the business's behalf (many retailers phone rather than log in).</summary>
    public bool ByStaff { get; private set; }

    public DateTime ChangedAt { get; private set; }

    private static string? Trim(string? value) =>
        value is null || value.Length <= ValueMaxLength ? value : value[..(ValueMaxLength - 1)] + "…";
}

/// <summary>Who makes a change, as the audit trail records it.</summary>
public sealed record ChangeActor(string? MemberId, string Name, bool IsStaff)
{
    public static ChangeActor System { get; } = new(null, "System", IsStaff: true);
}
