using System.Globalization;
using HalloBot.Web.Features.Listings;

namespace HalloBot.Web.Features.HoursEditor;

/// <summary>Everything <c>_HoursEditor.cshtml</c> renders. Build it with <see cref="HoursEditorForm"/>.</summary>
public sealed class HoursEditorViewModel
{
    /// <summary>Where the partial lives: <c>&lt;partial name="@HoursEditorViewModel.PartialPath" model="…" /&gt;</c>.</summary>
    public const string PartialPath = "~/Features/HoursEditor/_HoursEditor.cshtml";

    public required string Prefix { get; init; }

    public required HoursEditorInput Input { get; init; }

    public IReadOnlyList<HoursEditorFieldError> Errors { get; init; } = [];

    /// <summary>The value the form would save, in the table's canonical spelling or as typed in the text.</summary>
    public string? Value { get; init; }

    public string? ExpertOnlyNote { get; init; }

    public IReadOnlyList<WeekDayRow>? Week { get; init; }

    public string WeekCaption { get; init; } = "";

    public DateOnly WeekStart { get; init; }

    public string? FocusField { get; init; }

    /// <summary>Renders a hidden first submit button that only refreshes the preview, so Enter in a field does not add a span.</summary>
    public bool WithDefaultButton { get; init; }

    public string Name(string field) => $"{Prefix}.{field}";

    public string Id(string field) => string.Concat($"{Prefix}-{field}".Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Replace("--", "-", StringComparison.Ordinal).TrimEnd('-');

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;

    public bool IsFocus(string field) => FocusField == field;

    public string WeekStartValue => WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
