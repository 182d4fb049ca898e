using System.Collections.Concurrent;
using HalloBot.Domain.OpeningHours.Holidays;
using HalloBot.Domain.OpeningHours.Rules;

namespace HalloBot.Domain.OpeningHours.Editing;

/// <summary>
/// Reads an OSM value into <see cref="EditableHours"/> when the form can show it without changing what it means;
/// otherwise says why only the text can be edited (the form then keeps the text as it is).
/// </summary>
public static class EditableHoursReader
{
    public static EditableHoursReadResult Read(string? text, OpeningHoursCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new EditableHoursReadResult(EditableHours.Empty, null, null);
        }

        var parsed = OpeningHoursSchedule.TryParse(text);
        if (parsed.Schedule is not { } schedule)
        {
            return new EditableHoursReadResult(null, parsed.Error, null);
        }

        var rules = schedule.Rules;
        if (rules.Select(Unsupported).FirstOrDefault(reason => reason is not null) is { } unsupported)
        {
            return new EditableHoursReadResult(null, null, unsupported);
        }

        var hours = Map(rules, out var deciders);
        if (!EditableHoursValidator.IsValid(hours))
        {
            return new EditableHoursReadResult(null, null, ExpertOnlyReason.NotEditable);
        }

        return OrderKeepsMeaning(rules, hours, deciders, calendar)
            ? new EditableHoursReadResult(hours, null, null)
            : new EditableHoursReadResult(null, null, ExpertOnlyReason.OrderMatters);
    }

    /// <param name="deciders">Per weekday, the index of the last rule that names it, or -1.</param>
    private static EditableHours Map(IReadOnlyList<OpeningHoursRule> rules, out int[] deciders)
    {
        var days = new IReadOnlyList<EditableSpan>[7];
        Array.Fill(days, []);
        deciders = new int[7];
        Array.Fill(deciders, -1);
        var closedOnHolidays = false;
        var specialDates = new List<SpecialDate>();
        for (var index = 0; index < rules.Count; index++)
        {
            var rule = rules[index];
            var spans = rule.State == OpenState.Closed ? [] : Spans(rule);
            if (rule.Dates.Count > 0)
            {
                specialDates.AddRange(rule.Dates.Select(range => new SpecialDate(Yearly(range.From), Yearly(range.To), spans)));
                continue;
            }

            closedOnHolidays |= rule.Weekdays?.PublicHolidays == true;
            var mask = rule.Weekdays?.Mask ?? WeekdaySet.AllDays;
            for (var day = 0; day < 7; day++)
            {
                if ((mask & (1 << day)) != 0)
                {
                    days[day] = spans;
                    deciders[day] = index;
                }
            }
        }

        return new EditableHours(days, closedOnHolidays, specialDates);
    }

    private static ExpertOnlyReason? Unsupported(OpeningHoursRule rule) => rule switch
    {
        { Comment: not null } => ExpertOnlyReason.Comment,
        { State: OpenState.Unknown } => ExpertOnlyReason.UnknownState,
        { State: OpenState.Closed, Times.Count: > 0 } => ExpertOnlyReason.ClosedTimes,
        { Dates.Count: > 0, Weekdays: not null } => ExpertOnlyReason.DatesWithWeekdays,
        { Weekdays.PublicHolidays: true, State: not OpenState.Closed } => ExpertOnlyReason.PublicHolidayHours,
        _ => null,
    };

    private static IReadOnlyList<EditableSpan> Spans(OpeningHoursRule rule) =>
        [.. rule.Spans.Select(time => new EditableSpan(Clock(time.Start), Clock(time.End)))];

    private static TimeOnly Clock(int minutes) => new(minutes / 60 % 24, minutes % 60);

    private static YearlyDate Yearly(MonthDay day) => new(day.Month, day.Day);

    /// <summary>
    /// The form's hours mean: special dates over public holidays over weekdays, and a weekday's night span runs
    /// into the next weekday. The text means that too unless its order says otherwise: a weekday rule after a
    /// <c>PH</c> or date rule decides those days again, <c>PH off</c> after a date rule that can fall on a holiday
    /// closes it, and a rule naming the day after a night span, when it comes later, cuts the span at midnight.
    /// </summary>
    private static bool OrderKeepsMeaning(
        IReadOnlyList<OpeningHoursRule> rules, EditableHours hours, int[] deciders, OpeningHoursCalendar calendar)
    {
        if (OpeningHoursFormatter.Format(rules) == EditableHoursWriter.Write(hours))
        {
            return true;
        }

        var firstHolidayRule = FirstIndex(rules, r => r.Weekdays?.PublicHolidays == true);
        var firstDateRule = FirstIndex(rules, r => r.Dates.Count > 0);
        var lastWeekdayDecider = deciders.Max();
        if (lastWeekdayDecider > Math.Min(firstHolidayRule, firstDateRule))
        {
            return false;
        }

        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Weekdays?.PublicHolidays == true && rules.Take(i).Any(r => r.Dates.Any(d => CanBeHoliday(d, calendar))))
            {
                return false;
            }
        }

        for (var day = 0; day < 7; day++)
        {
            var next = (day + 1) % 7;
            if (hours.Days[day].Any(s => s.IsNightSpan) && deciders[next] > deciders[day])
            {
                return false;
            }
        }

        return true;
    }

    private static int FirstIndex(IReadOnlyList<OpeningHoursRule> rules, Func<OpeningHoursRule, bool> predicate)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (predicate(rules[i]))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static bool CanBeHoliday(DateRange range, OpeningHoursCalendar calendar)
    {
        var days = HolidayDays.GetOrAdd(calendar.State, static state =>
        [
            .. Enumerable.Range(2000, 100)
                .SelectMany(year => GermanPublicHolidays.InYear(year, state))
                .Select(holiday => new MonthDay(holiday.Date.Month, holiday.Date.Day))
                .Distinct(),
        ]);
        return days.Any(day => range.From <= range.To ? day >= range.From && day <= range.To : day >= range.From || day <= range.To);
    }

    // The days of the year that are a public holiday in some year (Easter moves the rest); computed once per state.
    private static readonly ConcurrentDictionary<GermanState, MonthDay[]> HolidayDays = new();
}

/// <param name="Hours">The hours for the form; null when the text does not parse or fits only the text field.</param>
/// <param name="ParseError">Where and why the text does not parse.</param>
/// <param name="ExpertOnly">Why the text parses but only the text field can show it.</param>
public sealed record EditableHoursReadResult(EditableHours? Hours, OpeningHoursParseError? ParseError, ExpertOnlyReason? ExpertOnly);

public enum ExpertOnlyReason
{
    /// <summary>A rule has a comment (<c>"nach Vereinbarung"</c>).</summary>
    Comment,

    /// <summary>A rule says <c>unknown</c>.</summary>
    UnknownState,

    /// <summary>A rule closes only some times of a day (<c>We 12:00-14:00 off</c>).</summary>
    ClosedTimes,

    /// <summary>A rule names dates and weekdays together (<c>Jun-Aug Mo-Fr 10:00-19:00</c>).</summary>
    DatesWithWeekdays,

    /// <summary>Public holidays have hours of their own (<c>PH 10:00-14:00</c>).</summary>
    PublicHolidayHours,

    /// <summary>The hours would not pass the form's checks (more than five spans, a night span past 06:00, overlaps).</summary>
    NotEditable,

    /// <summary>The rules' order changes what they mean in a way the form cannot show.</summary>
    OrderMatters,
}
