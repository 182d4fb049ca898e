namespace HalloBot.Domain.OpeningHours.Editing;

/// <summary>
/// Opening hours in the shape a form shows them: per weekday a list of spans (a break is two spans),
/// "closed on public holidays", and special dates. <see cref="EditableHoursWriter"/> turns it into the OSM
/// syntax and <see cref="EditableHoursReader"/> back.
/// <para>What it means, day by day (the writer's output means exactly this):</para>
/// <list type="bullet">
/// <item>a special date that contains the day decides it; else a public holiday with
/// <see cref="ClosedOnPublicHolidays"/> is closed; else the weekday's spans apply;</item>
/// <item>a night span of a weekday goes on into the next morning, except into a day decided by a special date
/// or closed as a public holiday: that day is closed from 00:00 (as the syntax's later rules decide a day from
/// midnight on). Special dates have no night spans.</item>
/// </list>
/// </summary>
public sealed class EditableHours : IEquatable<EditableHours>
{
    public const int MaxSpansPerDay = 5;
    public const int MaxSpecialDates = 20;

    private static readonly IReadOnlyList<EditableSpan> NoSpans = [];

    public EditableHours(IReadOnlyList<IReadOnlyList<EditableSpan>> days, bool closedOnPublicHolidays, IReadOnlyList<SpecialDate> specialDates)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(specialDates);
        if (days.Count != 7)
        {
            throw new ArgumentException("Seven days, Monday first, are expected.", nameof(days));
        }

        Days = days;
        ClosedOnPublicHolidays = closedOnPublicHolidays;
        SpecialDates = specialDates;
    }

    /// <summary>No hours at all: every day closed, nothing else.</summary>
    public static EditableHours Empty { get; } = new([.. Enumerable.Repeat(NoSpans, 7)], false, []);

    /// <summary>Monday (0) to Sunday (6), each day's spans as entered.</summary>
    public IReadOnlyList<IReadOnlyList<EditableSpan>> Days { get; }

    public bool ClosedOnPublicHolidays { get; }

    public IReadOnlyList<SpecialDate> SpecialDates { get; }

    public bool IsEmpty => Days.All(d => d.Count == 0) && !ClosedOnPublicHolidays && SpecialDates.Count == 0;

    public IReadOnlyList<EditableSpan> SpansOn(DayOfWeek day) => Days[((int)day + 6) % 7];

    public bool Equals(EditableHours? other) =>
        other is not null
        && ClosedOnPublicHolidays == other.ClosedOnPublicHolidays
        && Days.Zip(other.Days).All(pair => pair.First.SequenceEqual(pair.Second))
        && SpecialDates.SequenceEqual(other.SpecialDates);

    public override bool Equals(object? obj) => Equals(obj as EditableHours);

    public override int GetHashCode() => HashCode.Combine(ClosedOnPublicHolidays, Days.Sum(d => d.Count), SpecialDates.Count);

    public override string ToString() =>
        string.Join(" | ", Days.Select(d => string.Join(",", d))) + (ClosedOnPublicHolidays ? " | PH off" : "")
        + string.Concat(SpecialDates.Select(s => $" | {s}"));
}
