namespace HalloBot.Domain.OpeningHours.Editing;

/// <summary>
/// What is wrong with one field. <see cref="Field"/> is the path of the field in the model as a form names
/// it: <c>Days[0].Spans[1].End</c>, <c>Days[6]</c>, <c>SpecialDates[2].From</c>, <c>SpecialDates</c>.
/// </summary>
public sealed record EditableHoursError(string Field, EditableHoursErrorCode Code);

public enum EditableHoursErrorCode
{
    /// <summary>Start and end are the same time (a whole day is 00:00 to 00:00).</summary>
    EndEqualsStart,

    /// <summary>The end is before the start and later than <see cref="EditableSpan.LatestNightEnd"/>: not taken as a night span.</summary>
    EndBeforeStart,

    /// <summary>The span begins before an earlier span of the same day has ended.</summary>
    SpansOverlap,

    /// <summary>More than <see cref="EditableHours.MaxSpansPerDay"/> spans on one day.</summary>
    TooManySpans,

    /// <summary>A night span runs into a span of the next day.</summary>
    NightSpanOverlapsNextDay,

    /// <summary>The days' night spans run into each other in a circle that the syntax cannot write faithfully.</summary>
    NightSpansCannotBeWritten,

    /// <summary>A special date's day does not exist in its month (31 April).</summary>
    DateInvalid,

    /// <summary>A range within one month ends before it begins (26–24 December).</summary>
    DateRangeBackwards,

    /// <summary>Two special dates share a day.</summary>
    SpecialDatesOverlap,

    /// <summary>More than <see cref="EditableHours.MaxSpecialDates"/> special dates.</summary>
    TooManySpecialDates,

    /// <summary>A special date's span goes past midnight.</summary>
    SpecialDateSpanPastMidnight,

    /// <summary>Raised where a form is read: a span with an end but no start.</summary>
    StartMissing,

    /// <summary>Raised where a form is read: a span with a start but no end.</summary>
    EndMissing,

    /// <summary>Raised where a form is read: not a time of day (HH:MM).</summary>
    TimeInvalid,

    /// <summary>Raised where a form is read: a special date without its day or month.</summary>
    DateMissing,
}
