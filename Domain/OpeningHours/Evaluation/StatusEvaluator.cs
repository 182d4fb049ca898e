using HalloBot.Domain.OpeningHours.Rules;

namespace HalloBot.Domain.OpeningHours.Evaluation;

/// <summary>The state at an instant and the next instant it changes.</summary>
internal static class StatusEvaluator
{
    /// <summary>
    /// How far ahead the next change is looked for. Every selector repeats within a year (months, dates,
    /// weekdays and public holidays all recur yearly), Feb 29 within four years until 2100, so a schedule
    /// that changes at all changes within this horizon; beyond it the state counts as never changing.
    /// Only a weekday bound to a date (<c>Dec 24 Su</c>) can recur later; such a change is not reported.
    /// </summary>
    public const int HorizonDays = (4 * 366) + 7;

    public static OpenStatus StatusAt(
        IReadOnlyList<OpeningHoursRule> rules, OpenState? constantState, DateTimeOffset instant,
        OpeningHoursCalendar calendar)
    {
        var timeZone = calendar.TimeZone;
        var builder = new DayTimelineBuilder(rules, calendar);
        var segments = new List<Segment>(8);
        var (date, current, currentEnd) = Current(builder, segments, instant, timeZone);
        var segment = segments[current];
        var nextChange = constantState is null
            ? NextChange(builder, segments, current + 1, date, segment.State, currentEnd, timeZone)
            : null;
        return new OpenStatus(segment.State, segment.Comment, nextChange);
    }

    /// <summary>
    /// The state alone, as <see cref="StatusAt"/> finds it, without looking for the next change: a list of search
    /// hits shows only open or closed, and the walk to the next change can span days.
    /// </summary>
    public static OpenState StateAt(
        IReadOnlyList<OpeningHoursRule> rules, OpenState? constantState, DateTimeOffset instant,
        OpeningHoursCalendar calendar)
    {
        if (constantState is { } constant)
        {
            return constant;
        }

        var segments = new List<Segment>(8);
        var (_, current, _) = Current(new DayTimelineBuilder(rules, calendar), segments, instant, calendar.TimeZone);
        return segments[current].State;
    }

    /// <summary>Builds the local day of <paramref name="instant"/> into <paramref name="segments"/> and finds the piece it falls in.</summary>
    private static (DateOnly Date, int Index, DateTimeOffset End) Current(
        DayTimelineBuilder builder, List<Segment> segments, DateTimeOffset instant, TimeZoneInfo timeZone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, timeZone);
        var date = DateOnly.FromDateTime(local.DateTime);
        builder.Build(date, segments);
        var (index, end) = ClocksChange(date, timeZone)
            ? FindByInstant(segments, date, instant, timeZone)
            : FindByWallTime(segments, date, local.TimeOfDay, timeZone);
        return (date, index, end);
    }

    /// <summary>Whether the local day is one on which the clocks go forward or back.</summary>
    private static bool ClocksChange(DateOnly date, TimeZoneInfo timeZone) =>
        timeZone.GetUtcOffset(date.ToDateTime(TimeOnly.MinValue))
        != timeZone.GetUtcOffset(date.AddDays(1).ToDateTime(TimeOnly.MinValue));

    // On an ordinary day wall time and instants run in step.
    private static (int Index, DateTimeOffset End) FindByWallTime(
        List<Segment> segments, DateOnly date, TimeSpan timeOfDay, TimeZoneInfo timeZone)
    {
        var minute = (int)(timeOfDay.Ticks / TimeSpan.TicksPerMinute);
        var index = segments.Count - 1;
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].End > minute)
            {
                index = i;
                break;
            }
        }

        return (index, WallClock.ToInstant(date, segments[index].End, timeZone));
    }

    // On a day the clocks change, the rule times are placed as instants first (a repeated time at its first
    // occurrence, a skipped one an hour later). Where that puts a boundary before the one ahead of it
    // (02:30 becoming 03:30 while 03:15 stays), the later-placed one holds, so pieces shrink or vanish
    // instead of overlapping; the second pass through a repeated hour belongs to the piece running across it.
    private static (int Index, DateTimeOffset End) FindByInstant(
        List<Segment> segments, DateOnly date, DateTimeOffset instant, TimeZoneInfo timeZone)
    {
        var end = WallClock.ToInstant(date, 0, timeZone);
        for (var i = 0; i < segments.Count; i++)
        {
            end = Max(end, WallClock.ToInstant(date, segments[i].End, timeZone));
            if (end > instant)
            {
                return (i, end);
            }
        }

        return (segments.Count - 1, end);
    }

    /// <summary>
    /// Walks the pieces after the current one, day by day, to the first one with another state that takes
    /// up any time; <paramref name="floor"/> is where the previous piece ended.
    /// </summary>
    private static DateTimeOffset? NextChange(
        DayTimelineBuilder builder, List<Segment> segments, int next, DateOnly date, OpenState state,
        DateTimeOffset floor, TimeZoneInfo timeZone)
    {
        for (var day = 0; day <= HorizonDays; day++)
        {
            if (day > 0)
            {
                date = date.AddDays(1);
                builder.Build(date, segments);
                next = 0;
            }

            var clocksChange = ClocksChange(date, timeZone);
            for (var i = next; i < segments.Count; i++)
            {
                var segment = segments[i];
                if (segment.State == state && !clocksChange)
                {
                    continue;
                }

                var start = Max(floor, WallClock.ToInstant(date, segment.Start, timeZone));
                var end = Max(start, WallClock.ToInstant(date, segment.End, timeZone));
                floor = end;
                if (segment.State != state && end > start)
                {
                    return start;
                }
            }
        }

        return null;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;

    /// <summary>
    /// The state of a schedule that is the same at every instant (<c>24/7</c>, <c>off</c>,
    /// <c>Mo-Fr 00:00-24:00; Sa-Su 00:00-24:00</c>), or null when it may change.
    /// </summary>
    public static OpenState? ConstantState(IReadOnlyList<OpeningHoursRule> rules)
    {
        var state = rules[0].State;
        if (rules.Any(rule => rule.State != state))
        {
            return null;
        }

        if (state == OpenState.Closed)
        {
            return OpenState.Closed;
        }

        byte everyYear = 0;
        foreach (var rule in rules)
        {
            if (rule.Spans.Count != 1 || rule.Spans[0] != TimeRange.WholeDay)
            {
                return null;
            }

            if (rule.Dates.Count == 0)
            {
                everyYear |= rule.Weekdays?.Mask ?? WeekdaySet.AllDays;
            }
        }

        return everyYear == WeekdaySet.AllDays ? state : null;
    }
}
