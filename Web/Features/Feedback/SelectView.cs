namespace HalloBot.Web.Features.Feedback;

/// <summary>A labelled choice from a list with its errors, as <c>_Select.cshtml</c> renders it (the text fields use the business pages' <c>_Field</c>).</summary>
public sealed record SelectView(string Id, string Label, string? Value, IReadOnlyList<(string Value, string Text)> Options, IReadOnlyList<string> Errors)
{
    /// <summary>The empty first option ("Bitte wählen"); none when null.</summary>
    public string? Placeholder { get; init; }

    public string ErrorId => $"{Id}-error";
}
