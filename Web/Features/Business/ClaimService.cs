using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using HalloBot.Domain.Reviews;
using HalloBot.Web.Features.Reviews;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Business;

/// <summary>
/// "Das ist mein Betrieb": a member asks to keep a published listing. The office decides, also where the listing
/// has members already; one member has at most one open claim per listing.
/// </summary>
public sealed class ClaimService(HalloBotDbContext db, ReviewMails mails, TimeProvider time, ImportMessageWording wording)
{
    public async Task<ClaimPage?> PageAsync(string slug, string memberId, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.AsNoTracking()
            .Where(l => l.Slug == slug && l.Status == ListingStatus.Published)
            .Select(l => new { l.Id, l.Name, l.Slug, l.Status, l.Address.Street, l.Address.PostalCode, l.Address.City })
            .FirstOrDefaultAsync(cancellationToken);
        if (listing is null)
        {
            return null;
        }

        var state = await db.ListingMemberships.AnyAsync(m => m.ListingId == listing.Id && m.MemberId == memberId, cancellationToken)
            ? ClaimState.AlreadyMember
            : await db.ListingRequests.AnyAsync(r => r.ListingId == listing.Id && r.MemberId == memberId && r.Status == ListingRequestStatus.Pending, cancellationToken)
                ? ClaimState.AlreadyPending
                : ClaimState.Open;
        return new ClaimPage(new ListingHeader(listing.Id, listing.Name, listing.Slug, listing.Status), $"{listing.Street}, {listing.PostalCode} {listing.City}", state, null, []);
    }

    /// <returns>The page again: with errors, or in the state after the claim (pending).</returns>
    public async Task<ClaimPage?> ClaimAsync(string slug, string? justification, CurrentMember member, string siteRoot, CancellationToken cancellationToken)
    {
        var page = await PageAsync(slug, member.Id, cancellationToken);
        if (page is null || page.State != ClaimState.Open)
        {
            return page;
        }

        var text = justification?.Trim() ?? "";
        var error = text.Length == 0 ? wording.Required
            : text.Length > ListingRequest.JustificationMaxLength ? wording.TooLong(text.Length, ListingRequest.JustificationMaxLength)
            : null;
        if (error is not null)
        {
            return page with { Justification = justification, Errors = [new FieldError(ClaimPage.JustificationField, error)] };
        }

        var listing = await db.Listings.FirstAsync(l => l.Id == page.Listing.Id, cancellationToken);
        var request = new ListingRequest(ListingRequestKind.Claim, listing, member.Id, text, time.GetUtcNow().UtcDateTime);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ListingRequests.Add(request);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same claim sent twice at once (a double click): the unique index of pending requests let only the other in.
            db.Entry(request).State = EntityState.Detached;
            if (await db.ListingRequests.AnyAsync(
                    r => r.ListingId == listing.Id && r.MemberId == member.Id && r.Status == ListingRequestStatus.Pending, cancellationToken))
            {
                return page with { State = ClaimState.AlreadyPending };
            }

            throw;
        }

        await mails.QueueStaffNoticeAsync(request, listing, member, siteRoot, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return page with { State = ClaimState.Submitted };
    }
}

public enum ClaimState
{
    Open,
    Submitted,
    AlreadyPending,
    AlreadyMember,
}

public sealed record ClaimPage(ListingHeader Listing, string Address, ClaimState State, string? Justification, IReadOnlyList<FieldError> Errors)
{
    public const string JustificationField = "Justification";
}
