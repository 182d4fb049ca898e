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
        var local = TimeZoneInfo.ConvertTime(instant, timeZone);
        var date = DateOnly.FromDateTime(local.DateTime);
        var builder = new DayTimelineBuilder(rules, calendar);
        var segments = new List<Segment>(8);
        builder.Build(date, segments);

        var current = timeZone.IsAmbiguousTime(local.DateTime)
            ? FindByInstant(segments, date, instant, timeZone)
            : FindByWallTime(segments, local.TimeOfDay);
        var segment = segments[current];
        if (constantState is not null)
        {
            return new OpenStatus(segment.State, segment.Comment, null);
        }

        return new OpenStatus(segment.State, segment.Comment,
            NextChange(builder, segments, current + 1, date, segment.State, instant, timeZone));
    }

    private static int FindByWallTime(List<Segment> segments, TimeSpan timeOfDay)
    {
        var minute = (int)(timeOfDay.Ticks / TimeSpan.TicksPerMinute);
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].End > minute)
            {
                return i;
            }
        }

        return segments.Count - 1;
    }

    // In the hour the clocks go back, wall times repeat; rule times mean their first occurrence, so the
    // second pass through the hour belongs to whatever runs across its end.
    private static int FindByInstant(List<Segment> segments, DateOnly date, DateTimeOffset instant, TimeZoneInfo timeZone)
    {
        for (var i = 0; i < segments.Count; i++)
        {
            if (WallClock.ToInstant(date, segments[i].End, timeZone) > instant)
            {
                return i;
            }
        }

        return segments.Count - 1;
    }

    private static DateTimeOffset? NextChange(
        DayTimelineBuilder builder, List<Segment> segments, int next, DateOnly date, OpenState state,
        DateTimeOffset instant, TimeZoneInfo timeZone)
    {
        for (var day = 0; day <= HorizonDays; day++)
        {
            if (day > 0)
            {
                date = date.AddDays(1);
                builder.Build(date, segments);
                next = 0;
            }

            for (var i = next; i < segments.Count; i++)
            {
                var segment = segments[i];
                if (segment.State == state)
                {
                    continue;
                }

                var start = WallClock.ToInstant(date, segment.Start, timeZone);
                var end = WallClock.ToInstant(date, segment.End, timeZone);

                // A piece that lies wholly in the hour the clocks skip never happens.
                if (end > start && start > instant)
                {
                    return start;
                }
            }
        }

        return null;
    }

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
