namespace HalloBot.Domain.OpeningHours.Editing;

/// <summary>
/// A day or range of days every year (<c>Dec 24</c>, <c>Dec 24-Jan 06</c>: across the year's end when
/// <see cref="To"/> is earlier) with its own hours: closed all day when <see cref="Spans"/> is empty.
/// Special dates decide their days over weekdays and public holidays.
/// </summary>
public sealed record SpecialDate(YearlyDate From, YearlyDate To, IReadOnlyList<EditableSpan> Spans)
{
    public static SpecialDate Closed(YearlyDate from, YearlyDate to) => new(from, to, []);

    public bool IsClosed => Spans.Count == 0;

    public bool Contains(DateOnly date) => From.Contains(date, To);

    public bool Equals(SpecialDate? other) =>
        other is not null && From == other.From && To == other.To && Spans.SequenceEqual(other.Spans);

    public override int GetHashCode() => HashCode.Combine(From, To, Spans.Count);

    public override string ToString() => $"{From}–{To} {(IsClosed ? "off" : string.Join(",", Spans))}";
}
