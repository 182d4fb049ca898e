using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Admin.Terms;

/// <summary>Says why a change was refused, or what it did, in the staff member's language.</summary>
public static class TermMessages
{
    public static string Problem(IStringLocalizer t, TermKind kind, TermResult result, int nameMaxLength) => result.Problem switch
    {
        TermProblem.NameRequired => t["Admin.Terms.NameRequired"],
        TermProblem.NameTooLong => t["Admin.Terms.NameTooLong", result.Count, nameMaxLength],
        TermProblem.NameWithoutLetters => t["Admin.Terms.NameWithoutLetters"],
        TermProblem.NameTaken => t["Admin.Terms.NameTaken", result.Other ?? ""],
        TermProblem.SlugTaken => t["Admin.Terms.SlugTaken", result.Other ?? ""],
        TermProblem.InUse => t[kind.Key("InUse"), result.Other ?? "", result.Count],
        TermProblem.MergeIntoItself => t["Admin.Terms.MergeIntoItself"],
        TermProblem.MergeTargetMissing => t["Admin.Terms.MergeTargetMissing"],
        _ => throw new ArgumentOutOfRangeException(nameof(result), result.Problem, "Not a refusal."),
    };
}
