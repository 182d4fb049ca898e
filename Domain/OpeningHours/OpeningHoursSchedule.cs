using HalloBot.Domain.OpeningHours.Evaluation;
using HalloBot.Domain.OpeningHours.Parsing;
using HalloBot.Domain.OpeningHours.Rules;

namespace HalloBot.Domain.OpeningHours;

/// <summary>
/// Opening hours in the OpenStreetMap <c>opening_hours</c> subset of the listing exchange format,
/// evaluated in a time zone with a state's public holidays. Immutable; parse once and keep it.
/// </summary>
public sealed class OpeningHoursSchedule
{
    private readonly IReadOnlyList<OpeningHoursRule> rules;
    private readonly OpenState? constantState;

    private OpeningHoursSchedule(string text, IReadOnlyList<OpeningHoursRule> rules)
    {
        Text = text;
        this.rules = rules;
        constantState = StatusEvaluator.ConstantState(rules);
    }

    /// <summary>The string as given (trimmed).</summary>
    public string Text { get; }

    internal IReadOnlyList<OpeningHoursRule> Rules => rules;

    /// <summary>Parses <paramref name="text"/> or says where (0-based, in the text as given) and what was expected.</summary>
    public static OpeningHoursParseResult TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return new OpeningHoursParseResult(new OpeningHoursSchedule(text.Trim(), OpeningHoursParser.Parse(text)), null);
        }
        catch (ParseFailure failure)
        {
            return new OpeningHoursParseResult(null, failure.Error);
        }
    }

    /// <exception cref="OpeningHoursFormatException">The text is outside the supported subset.</exception>
    public static OpeningHoursSchedule Parse(string text)
    {
        var result = TryParse(text);
        return result.Schedule ?? throw new OpeningHoursFormatException(result.Error!);
    }

    /// <summary>Open, closed or unknown at <paramref name="instant"/>, with the comment and the next change.</summary>
    public OpenStatus StatusAt(DateTimeOffset instant, OpeningHoursCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return StatusEvaluator.StatusAt(rules, constantState, instant, calendar);
    }

    /// <summary>Open, closed or unknown at <paramref name="instant"/>: the state of <see cref="StatusAt"/>, cheaper when only it is needed.</summary>
    public OpenState StateAt(DateTimeOffset instant, OpeningHoursCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return StatusEvaluator.StateAt(rules, constantState, instant, calendar);
    }

    /// <summary>
    /// The hours of <paramref name="count"/> local days from <paramref name="firstDay"/>, for a week table:
    /// the open and unknown spans that start on each day after all rules are applied (closed times are not
    /// listed; a day without spans is closed).
    /// </summary>
    public IReadOnlyList<DayHours> Days(DateOnly firstDay, int count, OpeningHoursCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return WeekTable.Days(rules, firstDay, count, calendar);
    }

    public override string ToString() => Text;
}
