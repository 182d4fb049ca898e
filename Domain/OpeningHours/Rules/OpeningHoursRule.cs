namespace HalloBot.Domain.OpeningHours.Rules;

/// <summary>
/// One <c>;</c>-separated rule. <see cref="Times"/> is empty when the rule names no times (the whole day).
/// </summary>
internal sealed record OpeningHoursRule(
    bool IsAlways,
    IReadOnlyList<DateRange> Dates,
    WeekdaySet? Weekdays,
    IReadOnlyList<TimeRange> Times,
    OpenState State,
    bool StateWritten,
    string? Comment)
{
    /// <summary>
    /// Closed times inside a day (<c>We 12:00-14:00 off</c>) close only those times and leave the rest of the
    /// day to earlier rules, as the reference implementation opening_hours.js does (there a closed rule never drops
    /// what earlier rules said; it closes its times, or the whole day when it has none). Every other rule replaces
    /// the days it names, a closed one without times included.
    /// </summary>
    public bool ClosesOnlyItsTimes => State == OpenState.Closed && Times.Count > 0;

    /// <summary>The spans the rule gives a day it applies to: its times, or the whole day.</summary>
    public IReadOnlyList<TimeRange> Spans => Times.Count > 0 ? Times : WholeDaySpans;

    private static readonly TimeRange[] WholeDaySpans = [TimeRange.WholeDay];

    public bool AppliesTo(DateOnly date, OpeningHoursCalendar calendar)
    {
        if (Dates.Count > 0 && !AnyDateContains(date))
        {
            return false;
        }

        if (Weekdays is not { } days)
        {
            return true;
        }

        return days.ContainsWeekday(date.DayOfWeek) || (days.PublicHolidays && calendar.IsPublicHoliday(date));
    }

    private bool AnyDateContains(DateOnly date)
    {
        foreach (var range in Dates)
        {
            if (range.Contains(date))
            {
                return true;
            }
        }

        return false;
    }
}
