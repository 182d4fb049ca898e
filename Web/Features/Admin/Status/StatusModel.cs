using HalloBot.Domain.Outbox;

namespace HalloBot.Web.Features.Admin.Status;

/// <summary>The state of the outbox, the index and the mail queue as the staff page shows it.</summary>
public sealed record StatusModel
{
    public required DateTime Now { get; init; }

    /// <summary>The office's time zone, in which the page shows times.</summary>
    public required TimeZoneInfo TimeZone { get; init; }

    public required IReadOnlyList<PendingKind> Pending { get; init; }
    public required IReadOnlyList<FailedRow> Failed { get; init; }
    public required DateTime? LastProcessedAt { get; init; }
    public required DateTime? LastIndexedAt { get; init; }

    /// <summary>Documents in the search index; null when the index did not answer.</summary>
    public required long? IndexDocuments { get; init; }

    public string? IndexError { get; init; }
    public required int PublishedListings { get; init; }
    public required int PendingMails { get; init; }
    public required IReadOnlyList<RejectedMail> RejectedMails { get; init; }
    public required int RejectedMailCount { get; init; }

    public int PendingTotal => Pending.Sum(p => p.Count);

    public bool IndexAgrees => IndexDocuments == PublishedListings;

    public string Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How long ago, as hours:minutes:seconds (days in front when needed), never negative.</summary>
    public string Age(DateTime utc)
    {
        var age = Now - utc;
        if (age < TimeSpan.Zero)
        {
            age = TimeSpan.Zero;
        }

        return age.Days > 0
            ? age.ToString(@"d\.hh\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture)
            : age.ToString(@"hh\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture);
    }
}

public sealed record PendingKind(OutboxMessageKind Kind, int Count, DateTime OldestCreatedAt);

/// <summary>A pending row whose job has failed at least once.</summary>
public sealed record FailedRow(long Id, OutboxMessageKind Kind, int EntityId, int Attempts, string? LastError, DateTime CreatedAt);

public sealed record RejectedMail(string Recipient, string Subject, string? LastError, DateTime CreatedAt);
