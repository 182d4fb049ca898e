using HalloBot.Domain.OpeningHours;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace HalloBot.Web.Features.HoursEditor;

/// <summary>
/// The editor's form after <see cref="HoursEditorForm.Handle"/>: the OSM value to save, or the errors by input
/// field (relative to the editor's prefix).
/// </summary>
public sealed class HoursEditorResult
{
    /// <summary>The OSM value to store; null when no hours were given or when there are errors.</summary>
    public string? Value { get; init; }

    public IReadOnlyList<HoursEditorFieldError> Errors { get; init; } = [];

    /// <summary>An editor button (add a span, …) was pressed: show the form again, do not save.</summary>
    public bool ActionHandled { get; init; }

    public bool IsValid => Errors.Count == 0;

    /// <summary>The schedule the preview shows: the saved value's, or the text's while only the table has errors.</summary>
    internal OpeningHoursSchedule? Schedule { get; init; }

    internal string? ExpertOnlyNote { get; init; }

    /// <summary>The input (relative to the prefix) that gets focus after a button, e.g. the start of a new span.</summary>
    internal string? FocusField { get; init; }

    /// <summary>Adds every error under <paramref name="prefix"/> + field, so <c>asp-validation-for</c> and summaries see them.</summary>
    public void AddErrorsTo(ModelStateDictionary modelState, string prefix)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        foreach (var error in Errors)
        {
            modelState.AddModelError($"{prefix}.{error.Field}", error.Message);
        }
    }
}

/// <param name="Field">Relative to the editor's prefix: <c>Days[0].Spans[1].End</c>, <c>Text</c>, <c>SpecialDates[2].FromDay</c>.</param>
/// <param name="Label">The field in words for a summary: "Montag, Ende 2. Zeitraum".</param>
public sealed record HoursEditorFieldError(string Field, string Label, string Message);
