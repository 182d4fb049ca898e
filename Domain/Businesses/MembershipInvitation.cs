using HalloBot.Domain.Listings;

namespace HalloBot.Domain.Businesses;

/// <summary>
/// A member asked a colleague by e-mail to keep a listing with them. Only the hash of the link's token is
/// stored, so that a copy of the database does not let anyone in.
/// </summary>
public sealed class MembershipInvitation
{
    public const int EmailMaxLength = 254;

    /// <summary>How long an invitation link stays valid.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private MembershipInvitation()
    {
    }

    public MembershipInvitation(int listingId, string email, string tokenHash, string invitedByMemberId, DateTime createdAt)
    {
        ListingId = listingId;
        Email = email;
        TokenHash = tokenHash;
        InvitedByMemberId = invitedByMemberId;
        CreatedAt = createdAt;
        ExpiresAt = createdAt + Lifetime;
    }

    public int Id { get; private set; }
    public int ListingId { get; private set; }
    public Listing Listing { get; private set; } = null!;
    public string Email { get; private set; } = "";
    public string TokenHash { get; private set; } = "";
    public string InvitedByMemberId { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public DateTime? AcceptedAt { get; private set; }
    public string? AcceptedByMemberId { get; private set; }

    public bool IsOpenAt(DateTime utcNow) => AcceptedAt is null && utcNow < ExpiresAt;

    public void Accept(string memberId, DateTime utcNow)
    {
        if (!IsOpenAt(utcNow))
        {
            throw new InvalidOperationException("The invitation is no longer open.");
        }

        AcceptedAt = utcNow;
        AcceptedByMemberId = memberId;
    }
}
