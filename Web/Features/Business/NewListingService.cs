using HalloBot.Domain.Audit;
using HalloBot.Domain.Businesses;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using HalloBot.Domain.Reviews;
using HalloBot.Web.Features.Reviews;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Business;

/// <summary>
/// A member enters a business that is not listed yet: the listing is saved in review (not public), the member
/// keeps it, and the office finds it in its review queue and is told by mail.
/// </summary>
public sealed class NewListingService(HalloBotDbContext db, ListingFormValidator validator, ListingHours hours, ReviewMails mails, TimeProvider time, ImportMessageWording wording)
{
    public async Task<NewListingPage> PageAsync(CancellationToken cancellationToken) =>
        new(new ListingFormInput { City = "Bottrop" }, await ListingFormChoices.LoadAsync(db, cancellationToken), null, [], hours.ForValue(null));

    /// <returns>The new listing's id, or the page with its errors.</returns>
    public async Task<(int? ListingId, NewListingPage? Page)> CreateAsync(
        ListingFormInput input, HoursEditor.HoursEditorInput? postedHours, string? justification, CurrentMember member, string siteRoot, CancellationToken cancellationToken)
    {
        var choices = await ListingFormChoices.LoadAsync(db, cancellationToken);
        var hoursRead = hours.Read(postedHours, input);
        if (hoursRead.ActionHandled)
        {
            return (null, new NewListingPage(input, choices, justification, [], hoursRead.Editor));
        }

        var result = validator.Validate(input, choices);
        var errors = result.Errors.Concat(hoursRead.Errors).ToList();
        var note = justification?.Trim() ?? "";
        if (note.Length > ListingRequest.JustificationMaxLength)
        {
            errors.Add(new FieldError(NewListingPage.JustificationField, wording.TooLong(note.Length, ListingRequest.JustificationMaxLength)));
        }

        if (result.Listing is not { } valid || errors.Count > 0)
        {
            return (null, new NewListingPage(input, choices, justification, errors, hoursRead.Editor));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var categories = await ListingWriter.CategoriesAsync(db, valid.CategoryIds, cancellationToken);
        var district = valid.DistrictId is { } districtId ? await db.Districts.FindAsync([districtId], cancellationToken) : null;
        var slug = await SlugAllocator.FreeSlugAsync(db, valid.Row.Name, district?.Name, 0, cancellationToken);
        var listing = new Listing(valid.Row.Name, slug, valid.Row.Address, now) { Status = ListingStatus.InReview };
        ListingWriter.Apply(listing, valid, categories, district);

        // The listing's id, then the request's, exist only after their inserts; one transaction keeps it all or nothing.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Listings.Add(listing);
        await db.SaveChangesAsync(cancellationToken);
        var request = new ListingRequest(ListingRequestKind.NewListing, listing, member.Id, note, now);
        db.ListingRequests.Add(request);
        db.ListingMemberships.Add(new ListingMembership(listing.Id, member.Id, now));
        var empty = new Dictionary<string, string?>();
        db.ListingChanges.AddRange(ListingAuditor.Compare(listing.Id, empty, ListingWriter.Snapshot(listing), member.Actor, now));
        await db.SaveChangesAsync(cancellationToken);
        await mails.QueueStaffNoticeAsync(request, listing, member, siteRoot, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (listing.Id, null);
    }
}

public sealed record NewListingPage(
    ListingFormInput Input, ListingFormChoices Choices, string? Justification, IReadOnlyList<FieldError> Errors, HoursEditor.HoursEditorViewModel Hours)
{
    public const string JustificationField = "Justification";
}
