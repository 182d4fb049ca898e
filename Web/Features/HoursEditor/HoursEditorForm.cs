using System.Globalization;
using HalloBot.Domain.Exchange;
using HalloBot.Domain.OpeningHours;
using HalloBot.Domain.OpeningHours.Editing;
using HalloBot.Web.Features.Listings;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.HoursEditor;

/// <summary>
/// The opening-hours editor's server side: fills the form from a stored value, applies its buttons, reads the
/// posted form into an OSM value with errors per field, and prepares the week preview.
/// </summary>
public sealed class HoursEditorForm(
    IStringLocalizer<SharedResource> t, OpeningHoursCalendar calendar, OpeningHoursPresenter presenter, TimeProvider clock)
{
    /// <summary>The editor for a stored value: the table when the value fits it, else the text alone with the reason.</summary>
    public HoursEditorViewModel ForValue(string? value, string prefix, bool withDefaultButton = false)
    {
        var input = new HoursEditorInput { Text = value?.Trim() };
        var read = EditableHoursReader.Read(value, calendar);
        if (read.Hours is { } hours)
        {
            HoursInputReader.Fill(input, hours);
            input.Source = HoursEditorInput.TableSource;
        }
        else
        {
            input.Source = HoursEditorInput.TextSource;
        }

        return View(input, prefix, Handle(input), withDefaultButton);
    }

    /// <summary>Applies the pressed button (if any) to <paramref name="input"/> and reads it.</summary>
    public HoursEditorResult Handle(HoursEditorInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Normalize(input);
        var (handled, focus, note) = HoursEditorActions.Apply(input, calendar, this);
        var result = input.UsesText ? FromText(input) : FromTable(input);
        return new HoursEditorResult
        {
            Value = result.Value,
            Errors = result.Errors,
            Schedule = result.Schedule,
            ExpertOnlyNote = note ?? result.ExpertOnlyNote,
            ActionHandled = handled,
            FocusField = focus ?? result.FocusField,
        };
    }

    public HoursEditorViewModel View(HoursEditorInput input, string prefix, HoursEditorResult result, bool withDefaultButton = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(result);
        var now = clock.GetUtcNow();
        var shown = PreviewDay(input.PreviewWeek) ?? presenter.Today(now);
        var monday = shown.AddDays(-(((int)shown.DayOfWeek + 6) % 7));
        var week = result.Schedule is { } schedule ? presenter.Week(schedule.Days(monday, 7, calendar), now) : null;
        return new HoursEditorViewModel
        {
            Prefix = prefix,
            Input = input,
            Errors = result.Errors,
            Value = result.Value,
            ExpertOnlyNote = result.ExpertOnlyNote,
            Week = week,
            WeekStart = monday,
            WeekCaption = t["HoursEditor.Preview.Caption",
                monday.ToString("d", CultureInfo.CurrentCulture), monday.AddDays(6).ToString("d", CultureInfo.CurrentCulture)],
            FocusField = result.FocusField,
            WithDefaultButton = withDefaultButton,
        };
    }

    /// <summary>Why a value can be edited only as text, in words.</summary>
    internal string ExpertOnlyNote(ExpertOnlyReason reason) => t[$"HoursEditor.ExpertOnly.{reason}"];

    internal string TextErrorMessage(OpeningHoursParseError error) => t["HoursEditor.TextError", error.Position + 1, error.Message];

    private (string? Value, IReadOnlyList<HoursEditorFieldError> Errors, OpeningHoursSchedule? Schedule, string? ExpertOnlyNote, string? FocusField) FromText(HoursEditorInput input)
    {
        var text = input.Text?.Trim() ?? "";
        if (text.Length == 0)
        {
            return (null, [], null, null, null);
        }

        if (text.Length > ListingRowValidator.OpeningHoursMaxLength)
        {
            return (null, [Error("Text", t["HoursEditor.TextTooLong", ListingRowValidator.OpeningHoursMaxLength])], null, null, null);
        }

        var read = EditableHoursReader.Read(text, calendar);
        if (read.ParseError is { } error)
        {
            return (null, [Error("Text", TextErrorMessage(error))], null, null, null);
        }

        // The text decides; where it fits the table, the table shows the same hours so that switching back loses nothing.
        if (read.Hours is { } hours)
        {
            HoursInputReader.Fill(input, hours);
        }

        return (text, [], OpeningHoursSchedule.Parse(text), read.ExpertOnly is { } reason ? ExpertOnlyNote(reason) : null, null);
    }

    private (string? Value, IReadOnlyList<HoursEditorFieldError> Errors, OpeningHoursSchedule? Schedule, string? ExpertOnlyNote, string? FocusField) FromTable(HoursEditorInput input)
    {
        var (hours, errors) = HoursInputReader.Read(input);
        if (hours is null)
        {
            var fieldErrors = errors.Select(e => Error(e.Field, t[$"HoursEditor.Error.{e.Code}"])).ToList();
            return (null, fieldErrors, null, null, null);
        }

        var value = EditableHoursWriter.Write(hours);
        input.Text = value;
        return (value.Length == 0 ? null : value, [], value.Length == 0 ? null : OpeningHoursSchedule.Parse(value), null, null);
    }

    private HoursEditorFieldError Error(string field, string message) => new(field, Label(field), message);

    /// <summary>"Montag, Ende 2. Zeitraum", "Besonderer Tag 1, Beginn 1. Zeitraum", "Öffnungszeiten als Text".</summary>
    internal string Label(string field)
    {
        var parts = field.Split('.');
        var head = parts[0];
        if (head == "Text")
        {
            return t["HoursEditor.Text.Label"];
        }

        var where = head.StartsWith("Days[", StringComparison.Ordinal) ? DayName(Index(head))
            : head.StartsWith("SpecialDates[", StringComparison.Ordinal) ? t["HoursEditor.SpecialDate.Number", Index(head) + 1].Value
            : head == "Days" ? t["HoursEditor.Week.Legend"].Value
            : t["HoursEditor.SpecialDates.Legend"].Value;
        if (parts.Length == 1)
        {
            return where;
        }

        if (parts[1].StartsWith("Spans[", StringComparison.Ordinal))
        {
            var which = parts[2] == "Start" ? t["HoursEditor.Start"] : t["HoursEditor.End"];
            return $"{where}, {which} {t["HoursEditor.SpanNumber", Index(parts[1]) + 1]}";
        }

        return $"{where}, {(parts[1] == "FromDay" ? t["HoursEditor.From"] : t["HoursEditor.To"])}";
    }

    public static string DayName(int day) => CultureInfo.CurrentCulture.DateTimeFormat.GetDayName((DayOfWeek)((day + 1) % 7));

    private static int Index(string part) => int.Parse(part[(part.IndexOf('[', StringComparison.Ordinal) + 1)..^1], CultureInfo.InvariantCulture);

    private static DateOnly? PreviewDay(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
        && day.Year is >= 1995 and <= 2199 ? day : null;

    private static void Normalize(HoursEditorInput input)
    {
        if (input.Days.Count > 7)
        {
            input.Days.RemoveRange(7, input.Days.Count - 7);
        }

        while (input.Days.Count < 7)
        {
            input.Days.Add(new HoursDayInput());
        }

        foreach (var day in input.Days)
        {
            Cap(day.Spans);
        }

        if (input.SpecialDates.Count > EditableHours.MaxSpecialDates + 1)
        {
            input.SpecialDates.RemoveRange(EditableHours.MaxSpecialDates + 1, input.SpecialDates.Count - EditableHours.MaxSpecialDates - 1);
        }

        foreach (var date in input.SpecialDates)
        {
            Cap(date.Spans);
        }

        if (!input.UsesText)
        {
            input.Source = HoursEditorInput.TableSource;
        }
    }

    private static void Cap(List<HoursSpanInput> spans)
    {
        if (spans.Count > HoursInputReader.MaxRows)
        {
            spans.RemoveRange(HoursInputReader.MaxRows, spans.Count - HoursInputReader.MaxRows);
        }
    }
}
