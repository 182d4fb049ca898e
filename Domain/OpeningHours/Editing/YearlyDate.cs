namespace HalloBot.Domain.OpeningHours.Editing;

/// <summary>A day that comes back every year (the syntax has no years): 24 December, 29 February in leap years.</summary>
public readonly record struct YearlyDate(int Month, int Day) : IComparable<YearlyDate>
{
    private static readonly int[] DaysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    public bool IsValid => Month is >= 1 and <= 12 && Day >= 1 && Day <= DaysInMonth[Month - 1];

    public static int MaxDay(int month) => DaysInMonth[month - 1];

    /// <summary>0 for 1 January to 365 for 31 December, counting 29 February.</summary>
    internal int DayOfYear => DaysInMonth.Take(Month - 1).Sum() + Day - 1;

    public bool Contains(DateOnly date, YearlyDate to)
    {
        var day = new YearlyDate(date.Month, date.Day);
        return this <= to ? day >= this && day <= to : day >= this || day <= to;
    }

    public int CompareTo(YearlyDate other) => Month != other.Month ? Month.CompareTo(other.Month) : Day.CompareTo(other.Day);

    public static bool operator <(YearlyDate left, YearlyDate right) => left.CompareTo(right) < 0;
    public static bool operator >(YearlyDate left, YearlyDate right) => left.CompareTo(right) > 0;
    public static bool operator <=(YearlyDate left, YearlyDate right) => left.CompareTo(right) <= 0;
    public static bool operator >=(YearlyDate left, YearlyDate right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{Day:00}.{Month:00}.";
}
