namespace HalloBot.Domain.OpeningHours.Rules;

/// <summary>
/// A yearly range of days from <see cref="From"/> to <see cref="To"/> inclusive, across the year's end when
/// To is earlier (<c>Nov-Feb</c>, <c>Dec 24-Jan 06</c>). <see cref="Form"/> keeps how it was written.
/// </summary>
internal sealed record DateRange(MonthDay From, MonthDay To, DateRangeForm Form)
{
    public bool Contains(DateOnly date)
    {
        var day = MonthDay.Of(date);
        return From <= To ? day >= From && day <= To : day >= From || day <= To;
    }
}

internal enum DateRangeForm
{
    /// <summary><c>Dec</c></summary>
    Month,
    /// <summary><c>Jun-Aug</c></summary>
    MonthRange,
    /// <summary><c>Dec 24</c></summary>
    Date,
    /// <summary><c>Dec 25-26</c></summary>
    DaysInMonth,
    /// <summary><c>Dec 24-Jan 06</c></summary>
    DateRange,
}
