namespace HalloBot.Domain.OpeningHours.Rules;

/// <summary>A day of the year without a year (Feb 29 exists only in leap years).</summary>
internal readonly record struct MonthDay(int Month, int Day) : IComparable<MonthDay>
{
    private static readonly int[] DaysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    public static int MaxDay(int month) => DaysInMonth[month - 1];

    public static MonthDay Of(DateOnly date) => new(date.Month, date.Day);

    public int CompareTo(MonthDay other) =>
        Month != other.Month ? Month.CompareTo(other.Month) : Day.CompareTo(other.Day);

    public static bool operator <(MonthDay left, MonthDay right) => left.CompareTo(right) < 0;
    public static bool operator >(MonthDay left, MonthDay right) => left.CompareTo(right) > 0;
    public static bool operator <=(MonthDay left, MonthDay right) => left.CompareTo(right) <= 0;
    public static bool operator >=(MonthDay left, MonthDay right) => left.CompareTo(right) >= 0;
}
