namespace HalloBot.Web.Features.Admin.Terms;

/// <summary>Why a change to a category or district was refused; the page says it in the staff member's language.</summary>
public enum TermProblem
{
    None = 0,
    NotFound,
    NameRequired,
    NameTooLong,
    NameWithoutLetters,
    NameTaken,
    SlugTaken,
    InUse,
    MergeIntoItself,
    MergeTargetMissing,
}

/// <summary>The outcome of a change: done, or refused for <see cref="Problem"/>.</summary>
/// <param name="Other">The name of the category or district a problem is about (the one that holds the name, the one merged into).</param>
public sealed record TermResult(TermProblem Problem, string? Other = null, int Count = 0)
{
    public static readonly TermResult Done = new(TermProblem.None);

    public bool Succeeded => Problem == TermProblem.None;
}

/// <summary>A category or district as the staff list shows it.</summary>
/// <remarks>Properties rather than a constructor, so that queries can still filter on the projection.</remarks>
public sealed record TermRow
{
    public required int Id { get; init; }
    public required string Name { get; init; }
    public required string Slug { get; init; }
    public required int Listings { get; init; }
}
