namespace HalloBot.Web.Features.Admin.Terms;

public sealed record TermListModel(TermKind Kind, IReadOnlyList<TermRow> Terms)
{
    public string? NewName { get; init; }

    public string? Error { get; init; }
}

public sealed record TermPageModel(TermKind Kind, TermRow Term, IReadOnlyList<TermRow> Others)
{
    public string? NewName { get; init; }

    public string? RenameError { get; init; }

    public string? MergeError { get; init; }

    public string? DeleteError { get; init; }
}
