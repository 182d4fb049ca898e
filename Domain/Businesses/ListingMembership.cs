using HalloBot.Domain.Accounts;
using HalloBot.Domain.Listings;

namespace HalloBot.Domain.Businesses;

/// <summary>A member keeps a listing. A listing can have several members, a member several listings.</summary>
public sealed class ListingMembership
{
    private ListingMembership()
    {
    }

    public ListingMembership(int listingId, string memberId, DateTime createdAt)
    {
        ListingId = listingId;
        MemberId = memberId;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public int ListingId { get; private set; }
    public Listing Listing { get; private set; } = null!;
    public string MemberId { get; private set; } = "";
    public Member Member { get; private set; } = null!;
    public DateTime CreatedAt { get; private set; }
}
