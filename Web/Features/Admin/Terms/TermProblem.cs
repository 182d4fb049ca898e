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
public sealed record TermRow(int Id, string Name, string Slug, int Listings);
