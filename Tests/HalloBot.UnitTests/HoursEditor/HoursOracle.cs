using HalloBot.Domain.OpeningHours;
using HalloBot.Domain.OpeningHours.Editing;

namespace HalloBot.UnitTests.HoursEditor;

/// <summary>
/// What <see cref="EditableHours"/> means, read straight from its documentation and independent of the OSM
/// evaluator: which source decides a day, and where a night span is cut at midnight.
/// </summary>
internal static class HoursOracle
{
    private const int Day = 24 * 60;

    /// <summary>The spans starting on <paramref name="date"/>, as the week table lists them.</summary>
    public static IReadOnlyList<HoursSpan> SpansStartingOn(EditableHours hours, DateOnly date, OpeningHoursCalendar calendar)
    {
        var (spans, byWeekday) = Source(hours, date, calendar);
        var nextCut = IsDecidedOverWeekdays(hours, date.AddDays(1), calendar);
        return [.. spans.OrderBy(s => s.StartMinutes).Select(span =>
        {
            var end = span.EndMinutes > Day && (!byWeekday || nextCut) ? Day : span.EndMinutes;
            return new HoursSpan(span.Start, new TimeOnly(end / 60 % 24, end % 60), end >= Day, OpenState.Open, null);
        })];
    }

    /// <summary>Open at minute <paramref name="minute"/> (0–1439) of <paramref name="date"/>?</summary>
    public static bool IsOpen(EditableHours hours, DateOnly date, int minute, OpeningHoursCalendar calendar)
    {
        if (SpansStartingOn(hours, date, calendar).Any(s => Minutes(s.Start) <= minute && minute < EndOnDay(s)))
        {
            return true;
        }

        var (before, byWeekday) = Source(hours, date.AddDays(-1), calendar);
        return byWeekday && !IsDecidedOverWeekdays(hours, date, calendar)
            && before.Any(s => s.IsNightSpan && minute < EditableSpan.Minutes(s.End));
    }

    private static (IReadOnlyList<EditableSpan> Spans, bool ByWeekday) Source(EditableHours hours, DateOnly date, OpeningHoursCalendar calendar)
    {
        if (hours.SpecialDates.FirstOrDefault(d => d.Contains(date)) is { } special)
        {
            return (special.Spans, false);
        }

        return hours.ClosedOnPublicHolidays && calendar.IsPublicHoliday(date) ? ([], false) : (hours.SpansOn(date.DayOfWeek), true);
    }

    private static bool IsDecidedOverWeekdays(EditableHours hours, DateOnly date, OpeningHoursCalendar calendar) =>
        !Source(hours, date, calendar).ByWeekday;

    private static int EndOnDay(HoursSpan span) => span.EndsNextDay ? Day : Minutes(span.End);

    private static int Minutes(TimeOnly time) => (time.Hour * 60) + time.Minute;
}
