namespace HalloBot.Web.Features.Business;

/// <summary>One labelled input of a form with its hint and errors, as <c>_Field.cshtml</c> renders it.</summary>
public sealed record FieldView(string Id, string Name, string Label, string? Value, IReadOnlyList<string> Errors)
{
    public string? Hint { get; init; }
    public string Type { get; init; } = "text";
    public bool Multiline { get; init; }
    public int Rows { get; init; } = 4;
    public bool Required { get; init; }
    public string? Autocomplete { get; init; }
    public string? InputMode { get; init; }
    public int? MaxLength { get; init; }
    public bool Narrow { get; init; }

    public string HintId => $"{Id}-hint";
    public string ErrorId => $"{Id}-error";

    /// <summary>The ids the input is described by: its hint, then its error.</summary>
    public string? DescribedBy =>
        string.Join(' ', new[] { Hint is null ? null : HintId, Errors.Count == 0 ? null : ErrorId }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}

/// <summary>A line of the error summary above a form: what is wrong, linking to the input.</summary>
public sealed record ErrorSummaryItem(string InputId, string Text);

public static class FieldErrors
{
    public static IReadOnlyList<string> For(this IReadOnlyList<FieldError> errors, string field) =>
        [.. errors.Where(e => e.Field == field).Select(e => e.Message)];
}
