namespace HalloBot.Web.Features.Account;

/// <summary>One labelled input of an account form, drawn by <c>_Field.cshtml</c> with its hint and its error tied to it.</summary>
public sealed record FormField(string Name, string Label, string? Value, string Type = "text", string? Autocomplete = null)
{
    public string? Hint { get; init; }

    public string? InputMode { get; init; }

    public int? MaxLength { get; init; }
}
