using HalloBot.Domain.OpeningHours.Rules;

namespace HalloBot.Domain.OpeningHours.Editing;

/// <summary>
/// Reads an OSM value into <see cref="EditableHours"/> when the form can show it without changing what it means;
/// otherwise says why only the text can be edited (the form then keeps the text as it is).
/// </summary>
public static class EditableHoursReader
{
    // Two years, one of them a leap year: every yearly date and every public holiday's weekday mix is seen.
    private static readonly DateOnly CheckFrom = new(2027, 12, 31);
    private const int CheckDays = 733;

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

        var (hours, reason) = Map(schedule.Rules);
        if (hours is null)
        {
            return new EditableHoursReadResult(null, null, reason);
        }

        if (!EditableHoursValidator.IsValid(hours))
        {
            return new EditableHoursReadResult(null, null, ExpertOnlyReason.NotEditable);
        }

        return SameMeaning(schedule, hours, calendar)
            ? new EditableHoursReadResult(hours, null, null)
            : new EditableHoursReadResult(null, null, ExpertOnlyReason.OrderMatters);
    }

    private static (EditableHours? Hours, ExpertOnlyReason? Reason) Map(IReadOnlyList<OpeningHoursRule> rules)
    {
        var days = new IReadOnlyList<EditableSpan>[7];
        Array.Fill(days, []);
        var closedOnHolidays = false;
        var specialDates = new List<SpecialDate>();
        foreach (var rule in rules)
        {
            if (Unsupported(rule) is { } reason)
            {
                return (null, reason);
            }

            var spans = rule.State == OpenState.Closed ? [] : Spans(rule);
            if (rule.Dates.Count > 0)
            {
                specialDates.AddRange(rule.Dates.Select(range =>
                    new SpecialDate(new YearlyDate(range.From.Month, range.From.Day), new YearlyDate(range.To.Month, range.To.Day), spans)));
                continue;
            }

            var mask = rule.Weekdays?.Mask ?? WeekdaySet.AllDays;
            if (rule.Weekdays?.PublicHolidays == true)
            {
                closedOnHolidays = true;
            }

            for (var day = 0; day < 7; day++)
            {
                if ((mask & (1 << day)) != 0)
                {
                    days[day] = spans;
                }
            }
        }

        return (new EditableHours(days, closedOnHolidays, specialDates), null);
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

    // The mapping reads each rule on its own; the order of rules can still matter (a later weekday rule over
    // PH off, a night span cut by the next day's rule). Comparing what both mean, day by day, settles it.
    private static bool SameMeaning(OpeningHoursSchedule original, EditableHours hours, OpeningHoursCalendar calendar)
    {
        var written = OpeningHoursSchedule.Parse(EditableHoursWriter.Write(hours) is { Length: > 0 } text ? text : "off");
        var expected = original.Days(CheckFrom, CheckDays, calendar);
        var actual = written.Days(CheckFrom, CheckDays, calendar);
        return expected.Zip(actual).All(pair => pair.First.Spans.SequenceEqual(pair.Second.Spans));
    }
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
