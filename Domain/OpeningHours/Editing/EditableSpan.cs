namespace HalloBot.Domain.OpeningHours.Editing;

/// <summary>
/// A span of a day as the editor shows it: two clock times. An end of 00:00 is midnight (24:00), so
/// 00:00–00:00 is the whole day. An end before the start is a night span that ends the next morning
/// (<c>18:00-02:00</c>); the validator accepts it only up to <see cref="LatestNightEnd"/>, because
/// "08:00–07:00" is far more often a typing slip than 23 hours of opening.
/// </summary>
public readonly record struct EditableSpan(TimeOnly Start, TimeOnly End)
{
    public static readonly TimeOnly LatestNightEnd = new(6, 0);

    public bool IsWholeDay => Start == TimeOnly.MinValue && End == TimeOnly.MinValue;

    /// <summary>Ends after midnight, on the next day (not at midnight itself).</summary>
    public bool IsNightSpan => End != TimeOnly.MinValue && End < Start;

    internal int StartMinutes => Minutes(Start);

    /// <summary>Minutes from the start of the span's own day: 1440 for midnight, above it for a night span.</summary>
    internal int EndMinutes => End == TimeOnly.MinValue ? 24 * 60 : IsNightSpan ? Minutes(End) + (24 * 60) : Minutes(End);

    internal static int Minutes(TimeOnly time) => (time.Hour * 60) + time.Minute;

    public override string ToString() => $"{Start:HH\\:mm}-{(End == TimeOnly.MinValue ? "24:00" : End.ToString("HH\\:mm", System.Globalization.CultureInfo.InvariantCulture))}";
}
