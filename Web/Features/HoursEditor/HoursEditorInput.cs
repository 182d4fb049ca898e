namespace HalloBot.Web.Features.HoursEditor;

/// <summary>
/// What the editor's form posts, as typed: every value a string, so that a wrong value becomes the editor's own
/// error message and never a model-binding failure. Bind it under the prefix the editor was rendered with.
/// </summary>
public sealed class HoursEditorInput
{
    public const string TableSource = "tabelle";
    public const string TextSource = "text";

    /// <summary>Monday first; missing days are closed.</summary>
    public List<HoursDayInput> Days { get; set; } = [];

    public bool ClosedOnPublicHolidays { get; set; }

    public List<SpecialDateInput> SpecialDates { get; set; } = [];

    /// <summary>The OSM text of the expert field.</summary>
    public string? Text { get; set; }

    /// <summary><see cref="TableSource"/> (default) or <see cref="TextSource"/>: which part of the form is saved.</summary>
    public string? Source { get; set; }

    /// <summary>The editor button pressed (add a span, remove a date, …); null when the host form itself was submitted.</summary>
    public string? Action { get; set; }

    /// <summary>A day (yyyy-MM-dd) of the week the preview shows; today's week when empty.</summary>
    public string? PreviewWeek { get; set; }

    public bool UsesText => string.Equals(Source, TextSource, StringComparison.Ordinal);
}

public sealed class HoursDayInput
{
    public List<HoursSpanInput> Spans { get; set; } = [];
}

public sealed class HoursSpanInput
{
    /// <summary>HH:mm as an <c>input type="time"</c> sends it.</summary>
    public string? Start { get; set; }

    /// <summary>HH:mm; 00:00 or 24:00 is midnight, earlier than the start is the next morning.</summary>
    public string? End { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Start) && string.IsNullOrWhiteSpace(End);
}

public sealed class SpecialDateInput
{
    public string? FromDay { get; set; }
    public string? FromMonth { get; set; }

    /// <summary>Empty (with <see cref="ToMonth"/>) for a single day.</summary>
    public string? ToDay { get; set; }
    public string? ToMonth { get; set; }

    public bool Closed { get; set; } = true;

    public List<HoursSpanInput> Spans { get; set; } = [];

    public bool IsBlank =>
        string.IsNullOrWhiteSpace(FromDay) && string.IsNullOrWhiteSpace(FromMonth)
        && string.IsNullOrWhiteSpace(ToDay) && string.IsNullOrWhiteSpace(ToMonth) && Spans.All(s => s.IsBlank);
}
