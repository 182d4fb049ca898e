using HalloBot.Domain.OpeningHours.Rules;

namespace HalloBot.Domain.OpeningHours.Editing;

/// <summary>
/// Writes <see cref="EditableHours"/> in the canonical OSM spelling: equal days grouped into one rule, weekdays
/// first, then <c>PH off</c>, then the special dates in the order given
/// (<c>Mo-Fr 07:00-18:00; Sa 07:00-13:00; PH off; Dec 24 07:00-12:00; Dec 25-26 off</c>).
/// </summary>
public static class EditableHoursWriter
{
    /// <returns>The OSM value, or the empty string for <see cref="EditableHours.IsEmpty"/> hours (no hours given).</returns>
    /// <exception cref="ArgumentException">The hours have validation errors.</exception>
    public static string Write(EditableHours hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        if (EditableHoursValidator.Validate(hours) is { Count: > 0 } errors)
        {
            throw new ArgumentException($"The hours are not valid: {string.Join(", ", errors)}", nameof(hours));
        }

        return OpeningHoursFormatter.Format(Rules(hours));
    }

    /// <summary>Any parsed schedule in the same canonical spelling (the text as the preview shows it normalized).</summary>
    public static string Canonical(OpeningHoursSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return OpeningHoursFormatter.Format(schedule.Rules);
    }

    internal static List<OpeningHoursRule> Rules(EditableHours hours)
    {
        var rules = new List<OpeningHoursRule>();
        foreach (var group in WeekdayRules.Order(hours.Days)!)
        {
            rules.Add(new OpeningHoursRule(false, [], new WeekdaySet(group.Mask, false), Times(group.Spans), OpenState.Open, false, null));
        }

        if (hours.ClosedOnPublicHolidays)
        {
            rules.Add(new OpeningHoursRule(false, [], new WeekdaySet(0, true), [], OpenState.Closed, true, null));
        }

        foreach (var date in hours.SpecialDates)
        {
            var range = new DateRange(new MonthDay(date.From.Month, date.From.Day), new MonthDay(date.To.Month, date.To.Day), Form(date));
            rules.Add(date.IsClosed
                ? new OpeningHoursRule(false, [range], null, [], OpenState.Closed, true, null)
                : new OpeningHoursRule(false, [range], null, Times(WeekdayRules.Sorted(date.Spans)), OpenState.Open, false, null));
        }

        return rules;
    }

    private static TimeRange[] Times(IReadOnlyList<EditableSpan> spans) =>
        [.. spans.Select(s => new TimeRange(s.StartMinutes, s.EndMinutes))];

    private static DateRangeForm Form(SpecialDate date) =>
        date.From == date.To ? DateRangeForm.Date
        : date.From.Month == date.To.Month && date.From.Day <= date.To.Day ? DateRangeForm.DaysInMonth
        : DateRangeForm.DateRange;
}
