using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using HalloBot.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Business;

/// <summary>"Meine Betriebe": the listings a member keeps and what became of their requests.</summary>
public sealed class DashboardService(HalloBotDbContext db)
{
    /// <summary>Older decided requests are of no more use on the page; pending ones always show.</summary>
    public const int DecidedRequestsShown = 20;

    public async Task<DashboardPage> PageAsync(string memberId, bool isStaff, CancellationToken cancellationToken)
    {
        var listings = await db.ListingMemberships.AsNoTracking()
            .Where(m => m.MemberId == memberId)
            .Select(m => new ListingHeader(m.Listing.Id, m.Listing.Name, m.Listing.Slug, m.Listing.Status))
            .ToListAsync(cancellationToken);
        var requests = await db.ListingRequests.AsNoTracking()
            .Where(r => r.MemberId == memberId)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Select(r => new MemberRequest(r.Id, r.Kind, r.Status, r.CreatedAt, r.DecidedAt, r.DecisionReason, r.Listing.Name, r.Listing.Slug, r.Listing.Status))
            .ToListAsync(cancellationToken);
        var shown = requests.Where(r => r.Status == ListingRequestStatus.Pending)
            .Concat(requests.Where(r => r.Status != ListingRequestStatus.Pending).Take(DecidedRequestsShown))
            .ToList();
        return new DashboardPage([.. listings.OrderBy(l => l.Name, Shared.GermanCollation.Comparer)], shown, isStaff);
    }
}

public sealed record DashboardPage(IReadOnlyList<ListingHeader> Listings, IReadOnlyList<MemberRequest> Requests, bool IsStaff);

public sealed record MemberRequest(
    int Id,
    ListingRequestKind Kind,
    ListingRequestStatus Status,
    DateTime CreatedAt,
    DateTime? DecidedAt,
    string? Reason,
    string ListingName,
    string ListingSlug,
    ListingStatus ListingStatus);
