using HalloBot.Domain.Accounts;
using HalloBot.Domain.Listings;

namespace HalloBot.Domain.Reviews;

/// <summary>A claim of a listing or a new listing, waiting in the office's review queue.</summary>
public sealed class ListingRequest
{
    public const int JustificationMaxLength = 2000;
    public const int ReasonMaxLength = 2000;

    private ListingRequest()
    {
    }

    public ListingRequest(ListingRequestKind kind, Listing listing, string memberId, string justification, DateTime createdAt)
    {
        Kind = kind;
        Listing = listing;
        MemberId = memberId;
        Justification = justification;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public ListingRequestKind Kind { get; private set; }
    public int ListingId { get; private set; }
    public Listing Listing { get; private set; } = null!;
    public string MemberId { get; private set; } = "";
    public Member Member { get; private set; } = null!;
    public string Justification { get; private set; } = "";
    public ListingRequestStatus Status { get; private set; } = ListingRequestStatus.Pending;

    /// <summary>What the office tells the applicant; required for a rejection.</summary>
    public string? DecisionReason { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public string? DecidedByMemberId { get; private set; }

    public bool IsPending => Status == ListingRequestStatus.Pending;

    public void Approve(string staffMemberId, string? reason, DateTime utcNow) =>
        Decide(ListingRequestStatus.Approved, staffMemberId, reason, utcNow);

    public void Reject(string staffMemberId, string reason, DateTime utcNow)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Decide(ListingRequestStatus.Rejected, staffMemberId, reason, utcNow);
    }

    public void Withdraw(DateTime utcNow) => Decide(ListingRequestStatus.Withdrawn, null, null, utcNow);

    private void Decide(ListingRequestStatus status, string? staffMemberId, string? reason, DateTime utcNow)
    {
        if (!IsPending)
        {
            throw new InvalidOperationException($"Request {Id} was already decided ({Status}).");
        }

        Status = status;
        DecidedByMemberId = staffMemberId;
        DecisionReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        DecidedAt = utcNow;
    }
}
