using System.Globalization;
using HalloBot.Domain.OpeningHours;
using HalloBot.Domain.OpeningHours.Editing;

namespace HalloBot.Web.Features.HoursEditor;

/// <summary>
/// The editor's buttons, which work without JavaScript as submit buttons <c>name="{prefix}.Action"</c>:
/// <c>add-span:{day}</c>, <c>remove-span:{day}:{row}</c>, <c>copy-previous:{day}</c>, <c>add-date</c>,
/// <c>remove-date:{k}</c>, <c>add-date-span:{k}</c>, <c>remove-date-span:{k}:{row}</c>, <c>read-text</c>, <c>check</c>.
/// </summary>
internal static class HoursEditorActions
{
    public static (bool Handled, string? Focus, string? Note) Apply(HoursEditorInput input, OpeningHoursCalendar calendar, HoursEditorForm form)
    {
        var action = input.Action?.Trim();
        input.Action = null;
        if (string.IsNullOrEmpty(action))
        {
            return (false, null, null);
        }

        var parts = action.Split(':');
        var numbers = parts.Skip(1).Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).ToArray();
        switch (parts[0])
        {
            case "add-span" when Day(numbers, input) is { } day:
                day.Spans.Add(new HoursSpanInput());
                return Focus($"Days[{numbers[0]}].Spans[{day.Spans.Count - 1}].Start");
            case "remove-span" when Day(numbers, input) is { } day && Row(numbers, day.Spans):
                day.Spans.RemoveAt(numbers[1]);
                return Focus($"Days[{numbers[0]}].Add");
            case "copy-previous" when Day(numbers, input) is { } day && numbers[0] > 0:
                day.Spans = [.. input.Days[numbers[0] - 1].Spans.Select(s => new HoursSpanInput { Start = s.Start, End = s.End })];
                return Focus($"Days[{numbers[0]}].Copy");
            case "add-date" when input.SpecialDates.Count < EditableHours.MaxSpecialDates:
                input.SpecialDates.Add(new SpecialDateInput());
                return Focus($"SpecialDates[{input.SpecialDates.Count - 1}].FromDay");
            case "remove-date" when Date(numbers, input) is not null:
                input.SpecialDates.RemoveAt(numbers[0]);
                return Focus("SpecialDates.Add");
            case "add-date-span" when Date(numbers, input) is { } date:
                date.Closed = false;
                date.Spans.Add(new HoursSpanInput());
                return Focus($"SpecialDates[{numbers[0]}].Spans[{date.Spans.Count - 1}].Start");
            case "remove-date-span" when Date(numbers, input) is { } date && Row(numbers, date.Spans):
                date.Spans.RemoveAt(numbers[1]);
                return Focus($"SpecialDates[{numbers[0]}].AddSpan");
            case "read-text":
                return ReadText(input, calendar, form);
            default:
                // "check" and anything unknown: show the form again with its preview.
                return (true, null, null);
        }
    }

    private static (bool, string?, string?) Focus(string field) => (true, field, null);

    private static (bool, string?, string?) ReadText(HoursEditorInput input, OpeningHoursCalendar calendar, HoursEditorForm form)
    {
        var read = EditableHoursReader.Read(input.Text, calendar);
        if (read.Hours is { } hours)
        {
            HoursInputReader.Fill(input, hours);
            input.Source = HoursEditorInput.TableSource;
            return (true, "Days[0].Spans[0].Start", null);
        }

        // Keep the text and say why it stays text; a parse error is shown at the field by the text's own check.
        input.Source = HoursEditorInput.TextSource;
        return (true, "Text", read.ExpertOnly is { } reason ? form.ExpertOnlyNote(reason) : null);
    }

    private static HoursDayInput? Day(int[] numbers, HoursEditorInput input) =>
        numbers.Length >= 1 && numbers[0] is >= 0 and < 7 ? input.Days[numbers[0]] : null;

    private static SpecialDateInput? Date(int[] numbers, HoursEditorInput input) =>
        numbers.Length >= 1 && numbers[0] >= 0 && numbers[0] < input.SpecialDates.Count ? input.SpecialDates[numbers[0]] : null;

    private static bool Row(int[] numbers, List<HoursSpanInput> spans) =>
        numbers.Length >= 2 && numbers[1] >= 0 && numbers[1] < spans.Count;
}
