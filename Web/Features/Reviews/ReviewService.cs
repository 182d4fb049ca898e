using HalloBot.Domain.Audit;
using HalloBot.Domain.Businesses;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using HalloBot.Domain.Reviews;
using HalloBot.Web.Features.Business;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Reviews;

/// <summary>
/// The office's review queue: claims and new listings, oldest first. Approving a claim makes the applicant a
/// member; approving a new listing publishes it. Either decision is mailed to the applicant in the same save.
/// </summary>
public sealed class ReviewService(HalloBotDbContext db, ReviewMails mails, TimeProvider time)
{
    public async Task<IReadOnlyList<PendingRequest>> PendingAsync(CancellationToken cancellationToken)
    {
        var requests = await db.ListingRequests.AsNoTracking()
            .Where(r => r.Status == ListingRequestStatus.Pending)
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .Select(r => new PendingRequest(
                r.Id,
                r.Kind,
                r.CreatedAt,
                r.Justification,
                new ListingHeader(r.Listing.Id, r.Listing.Name, r.Listing.Slug, r.Listing.Status),
                r.Listing.Address.Street + ", " + r.Listing.Address.PostalCode + " " + r.Listing.Address.City,
                r.Member.DisplayName,
                r.Member.Email ?? "",
                db.ListingMemberships.Count(m => m.ListingId == r.ListingId)))
            .ToListAsync(cancellationToken);
        return requests;
    }

    public async Task<ReviewOutcome> ApproveAsync(int requestId, CurrentMember staff, string siteRoot, CancellationToken cancellationToken)
    {
        var request = await LoadAsync(requestId, cancellationToken);
        if (request is null)
        {
            return ReviewOutcome.NotFound;
        }

        if (!request.IsPending)
        {
            return ReviewOutcome.AlreadyDecided;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (request.Kind == ListingRequestKind.Claim)
        {
            if (!await db.ListingMemberships.AnyAsync(m => m.ListingId == request.ListingId && m.MemberId == request.MemberId, cancellationToken))
            {
                db.ListingMemberships.Add(new ListingMembership(request.ListingId, request.MemberId, now));
            }
        }
        else
        {
            SetStatus(request.Listing, ListingStatus.Published, staff, now);
        }

        request.Approve(staff.Id, null, now);
        return await DecideAsync(request, siteRoot, cancellationToken);
    }

    public async Task<ReviewOutcome> RejectAsync(int requestId, string reason, CurrentMember staff, string siteRoot, CancellationToken cancellationToken)
    {
        var request = await LoadAsync(requestId, cancellationToken);
        if (request is null)
        {
            return ReviewOutcome.NotFound;
        }

        if (!request.IsPending)
        {
            return ReviewOutcome.AlreadyDecided;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (request.Kind == ListingRequestKind.NewListing && request.Listing.Status == ListingStatus.InReview)
        {
            // Out of the queue, still not public; the member keeps it and can see why.
            SetStatus(request.Listing, ListingStatus.Draft, staff, now);
        }

        request.Reject(staff.Id, reason, now);
        return await DecideAsync(request, siteRoot, cancellationToken);
    }

    /// <returns><see cref="ReviewOutcome.AlreadyDecided"/> when another decision was saved since the request was loaded.</returns>
    private async Task<ReviewOutcome> DecideAsync(ListingRequest request, string siteRoot, CancellationToken cancellationToken)
    {
        var member = request.Member;
        var name = string.IsNullOrWhiteSpace(member.DisplayName) ? member.Email ?? "" : member.DisplayName;
        if (member.Email is { Length: > 0 } email)
        {
            await mails.QueueDecisionAsync(request, request.Listing, email, member.PreferredCulture, name, siteRoot, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ReviewOutcome.Done;
        }
        catch (DbUpdateException)
        {
            // Another decision won: Status is the request's concurrency token, and the decision mail's key is unique, so
            // whichever of the two the database trips over first, nothing of this decision was saved.
            db.ChangeTracker.Clear();
            if (await db.ListingRequests.AnyAsync(r => r.Id == request.Id && r.Status != ListingRequestStatus.Pending, cancellationToken))
            {
                return ReviewOutcome.AlreadyDecided;
            }

            throw;
        }
    }

    private void SetStatus(Listing listing, ListingStatus status, CurrentMember staff, DateTime now)
    {
        var before = ListingAuditor.Snapshot(listing, [], null);
        listing.Status = status;
        listing.Touch(now);
        db.ListingChanges.AddRange(ListingAuditor.Compare(listing.Id, before, ListingAuditor.Snapshot(listing, [], null), staff.Actor, now));
    }

    private Task<ListingRequest?> LoadAsync(int requestId, CancellationToken cancellationToken) =>
        db.ListingRequests.Include(r => r.Listing).Include(r => r.Member).FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
}

public sealed record PendingRequest(
    int Id,
    ListingRequestKind Kind,
    DateTime CreatedAt,
    string Justification,
    ListingHeader Listing,
    string Address,
    string ApplicantName,
    string ApplicantEmail,
    int ExistingMembers);

public enum ReviewOutcome
{
    Done,
    NotFound,
    AlreadyDecided,
}
