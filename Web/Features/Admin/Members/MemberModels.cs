namespace HalloBot.Web.Features.Admin.Members;

public sealed record MemberRow(string Id, string Email, string DisplayName, bool Confirmed, bool Locked, bool Staff);

public sealed record MemberListModel(string? Query, IReadOnlyList<MemberRow> Members, bool Truncated);

public sealed record MembershipRow(int ListingId, string ListingName, string ListingSlug);

public sealed record MemberPageModel(MemberRow Member, IReadOnlyList<MembershipRow> Memberships, bool IsSelf)
{
    public string? ListingReference { get; init; }

    public string? MembershipError { get; init; }

    public string? StaffError { get; init; }
}

/// <summary>Why a change to a member was refused.</summary>
public enum MemberProblem
{
    None = 0,
    NotFound,
    ListingRequired,
    NoSuchListing,
    AlreadyMember,
    NotYourself,
}
