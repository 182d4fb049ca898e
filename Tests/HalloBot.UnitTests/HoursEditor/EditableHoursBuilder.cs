using System.Globalization;
using HalloBot.Domain.OpeningHours.Editing;

namespace HalloBot.UnitTests.HoursEditor;

/// <summary>Hours written the way a test reads best: <c>Week(mo: "07:00-18:00", sa: "07:00-13:00")</c>.</summary>
internal static class EditableHoursBuilder
{
    public static EditableHours Week(
        string? mo = null, string? tu = null, string? we = null, string? th = null, string? fr = null,
        string? sa = null, string? su = null, bool closedOnHolidays = false, params SpecialDate[] specialDates) =>
        new([Spans(mo), Spans(tu), Spans(we), Spans(th), Spans(fr), Spans(sa), Spans(su)], closedOnHolidays, specialDates);

    public static EditableHours Weekdays(string spans, string? sa = null, bool closedOnHolidays = false) =>
        Week(spans, spans, spans, spans, spans, sa, null, closedOnHolidays);

    /// <summary>"08:00-12:30,14:00-18:00"; an empty or null text is a closed day.</summary>
    public static IReadOnlyList<EditableSpan> Spans(string? text) =>
        string.IsNullOrEmpty(text) ? [] : [.. text.Split(',').Select(Span)];

    public static EditableSpan Span(string text)
    {
        var parts = text.Split('-');
        return new EditableSpan(Time(parts[0]), Time(parts[1]));
    }

    public static SpecialDate Date(int month, int day, string? spans = null) => Range(month, day, month, day, spans);

    public static SpecialDate Range(int fromMonth, int fromDay, int toMonth, int toDay, string? spans = null) =>
        new(new YearlyDate(fromMonth, fromDay), new YearlyDate(toMonth, toDay), Spans(spans));

    private static TimeOnly Time(string text) =>
        text == "24:00" ? TimeOnly.MinValue : TimeOnly.ParseExact(text, "HH:mm", CultureInfo.InvariantCulture);
}
