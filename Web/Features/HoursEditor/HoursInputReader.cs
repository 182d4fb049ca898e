using System.Globalization;
using HalloBot.Domain.OpeningHours.Editing;

namespace HalloBot.Web.Features.HoursEditor;

/// <summary>
/// Turns the posted table into <see cref="EditableHours"/>: blank rows are left out, and every error, the form's
/// own and the validator's, names the input it belongs to (<c>Days[0].Spans[1].End</c> of the input, not of the model).
/// </summary>
internal static class HoursInputReader
{
    /// <summary>More rows than this are cut off before reading: the validator allows five, the rest is abuse.</summary>
    public const int MaxRows = 10;

    public static (EditableHours? Hours, IReadOnlyList<EditableHoursError> Errors) Read(HoursEditorInput input)
    {
        var errors = new List<EditableHoursError>();
        var days = new IReadOnlyList<EditableSpan>[7];
        var dayRows = new List<int>[7];
        for (var day = 0; day < 7; day++)
        {
            var rows = day < input.Days.Count ? input.Days[day].Spans : [];
            (days[day], dayRows[day]) = Spans(rows, $"Days[{day}]", errors);
        }

        var dates = new List<SpecialDate>();
        var dateRows = new List<int>();
        var dateSpanRows = new List<List<int>>();
        for (var k = 0; k < Math.Min(input.SpecialDates.Count, EditableHours.MaxSpecialDates + 1); k++)
        {
            var date = input.SpecialDates[k];
            if (date.IsBlank)
            {
                continue;
            }

            var field = $"SpecialDates[{k}]";
            var from = Date(date.FromDay, date.FromMonth, $"{field}.FromDay", errors);
            var bothToBlank = string.IsNullOrWhiteSpace(date.ToDay) && string.IsNullOrWhiteSpace(date.ToMonth);
            var to = bothToBlank ? from : Date(date.ToDay, date.ToMonth, $"{field}.ToDay", errors);
            var (spans, rows) = date.Closed ? ([], []) : Spans(date.Spans, field, errors);
            if (!date.Closed && spans.Count == 0 && rows.Count == 0 && !errors.Any(e => e.Field.StartsWith(field + ".Spans", StringComparison.Ordinal)))
            {
                errors.Add(new EditableHoursError($"{field}.Spans[0].Start", EditableHoursErrorCode.StartMissing));
            }

            if (from is { } f && to is { } t)
            {
                dates.Add(new SpecialDate(f, t, spans));
                dateRows.Add(k);
                dateSpanRows.Add(rows);
            }
        }

        // The rows that could be read are checked too, so that every mistake shows at once, not one round at a time.
        var hours = new EditableHours(days, input.ClosedOnPublicHolidays, dates);
        errors.AddRange(EditableHoursValidator.Validate(hours).Select(e => e with { Field = InputField(e.Field, dayRows, dateRows, dateSpanRows) }));
        return errors.Count == 0 ? (hours, []) : (null, errors);
    }

    private static (IReadOnlyList<EditableSpan> Spans, List<int> Rows) Spans(
        List<HoursSpanInput> inputs, string field, List<EditableHoursError> errors)
    {
        var spans = new List<EditableSpan>();
        var rows = new List<int>();
        for (var j = 0; j < Math.Min(inputs.Count, MaxRows); j++)
        {
            var row = inputs[j];
            if (row.IsBlank)
            {
                continue;
            }

            var start = Time(row.Start, $"{field}.Spans[{j}].Start", EditableHoursErrorCode.StartMissing, errors);
            var end = Time(row.End, $"{field}.Spans[{j}].End", EditableHoursErrorCode.EndMissing, errors);
            if (start is { } s && end is { } e)
            {
                spans.Add(new EditableSpan(s, e));
                rows.Add(j);
            }
        }

        return (spans, rows);
    }

    private static readonly string[] TimeFormats = ["HH:mm", "H:mm", "HH:mm:ss", "HHmm"];

    private static TimeOnly? Time(string? text, string field, EditableHoursErrorCode missing, List<EditableHoursError> errors)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(new EditableHoursError(field, missing));
            return null;
        }

        if (value is "24:00" or "2400")
        {
            return TimeOnly.MinValue;
        }

        if (TimeOnly.TryParseExact(value, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return new TimeOnly(time.Hour, time.Minute);
        }

        errors.Add(new EditableHoursError(field, EditableHoursErrorCode.TimeInvalid));
        return null;
    }

    private static YearlyDate? Date(string? dayText, string? monthText, string field, List<EditableHoursError> errors)
    {
        if (string.IsNullOrWhiteSpace(dayText) || string.IsNullOrWhiteSpace(monthText))
        {
            errors.Add(new EditableHoursError(field, EditableHoursErrorCode.DateMissing));
            return null;
        }

        if (!int.TryParse(dayText.Trim().TrimEnd('.'), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(monthText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !new YearlyDate(month, day).IsValid)
        {
            errors.Add(new EditableHoursError(field, EditableHoursErrorCode.DateInvalid));
            return null;
        }

        return new YearlyDate(month, day);
    }

    // The validator counts the model's spans and dates; blank rows were left out, so its indexes are mapped back.
    private static string InputField(string field, List<int>[] dayRows, List<int> dateRows, List<List<int>> dateSpanRows)
    {
        var parts = field.Split('.');
        var (list, index) = Indexed(parts[0]);
        if (index is null)
        {
            return field;
        }

        var row = list == "Days" ? index.Value : dateRows[index.Value];
        var mapped = $"{list}[{row}]";
        if (parts.Length == 1)
        {
            return mapped;
        }

        var (_, spanIndex) = Indexed(parts[1]);
        if (spanIndex is { } j)
        {
            var spanRow = list == "Days" ? dayRows[index.Value][j] : dateSpanRows[index.Value][j];
            return $"{mapped}.Spans[{spanRow}].{parts[2]}";
        }

        // A special date's From and To are two inputs each; the error goes to the day.
        return $"{mapped}.{parts[1]}Day";
    }

    private static (string Name, int? Index) Indexed(string part)
    {
        var open = part.IndexOf('[', StringComparison.Ordinal);
        return open < 0
            ? (part, null)
            : (part[..open], int.Parse(part[(open + 1)..^1], CultureInfo.InvariantCulture));
    }

    /// <summary>The table's rows for <paramref name="hours"/>: each day's spans, the dates with theirs.</summary>
    public static void Fill(HoursEditorInput input, EditableHours hours)
    {
        input.Days = [.. hours.Days.Select(spans => new HoursDayInput { Spans = [.. spans.Select(Row)] })];
        input.ClosedOnPublicHolidays = hours.ClosedOnPublicHolidays;
        input.SpecialDates = [.. hours.SpecialDates.Select(date => new SpecialDateInput
        {
            FromDay = date.From.Day.ToString(CultureInfo.InvariantCulture),
            FromMonth = date.From.Month.ToString(CultureInfo.InvariantCulture),
            ToDay = date.To == date.From ? null : date.To.Day.ToString(CultureInfo.InvariantCulture),
            ToMonth = date.To == date.From ? null : date.To.Month.ToString(CultureInfo.InvariantCulture),
            Closed = date.IsClosed,
            Spans = [.. date.Spans.Select(Row)],
        })];
    }

    private static HoursSpanInput Row(EditableSpan span) => new()
    {
        Start = span.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
        End = span.End.ToString("HH:mm", CultureInfo.InvariantCulture),
    };
}
