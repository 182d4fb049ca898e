using HalloBot.Domain.Audit;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Business;

/// <summary>
/// Edits a listing's fields. Each changed field becomes a <see cref="ListingChange"/> saved with the change
/// itself; the outbox row that re-indexes the listing is written in that same save, so a published listing's
/// edit is live at once.
/// </summary>
public sealed class ListingEditService(HalloBotDbContext db, ListingFormValidator validator, ListingHours hours, TimeProvider time)
{
    public async Task<ListingEditPage?> PageAsync(int listingId, CancellationToken cancellationToken)
    {
        var listing = await LoadAsync(listingId, cancellationToken);
        if (listing is null)
        {
            return null;
        }

        var choices = await ListingFormChoices.LoadAsync(db, cancellationToken);
        var input = ListingWriter.ToInput(listing);
        return new ListingEditPage(Header(listing), input, choices, [], hours.ForValue(input.OpeningHours));
    }

    public async Task<ListingEditOutcome> SaveAsync(
        int listingId, ListingFormInput input, HoursEditor.HoursEditorInput? postedHours, ChangeActor actor, CancellationToken cancellationToken)
    {
        var listing = await LoadAsync(listingId, cancellationToken);
        if (listing is null)
        {
            return ListingEditOutcome.NotFound;
        }

        var choices = await ListingFormChoices.LoadAsync(db, cancellationToken);
        var hoursRead = hours.Read(postedHours, input);
        if (hoursRead.ActionHandled)
        {
            return new ListingEditOutcome(new ListingEditPage(Header(listing), input, choices, [], hoursRead.Editor), 0);
        }

        var result = validator.Validate(input, choices);
        if (result.Listing is not { } valid || hoursRead.Errors.Count > 0)
        {
            return new ListingEditOutcome(new ListingEditPage(Header(listing), input, choices, [.. result.Errors, .. hoursRead.Errors], hoursRead.Editor), 0);
        }

        var before = ListingWriter.Snapshot(listing);
        var categories = await ListingWriter.CategoriesAsync(db, valid.CategoryIds, cancellationToken);
        var district = valid.DistrictId is { } districtId ? await db.Districts.FindAsync([districtId], cancellationToken) : null;
        ListingWriter.Apply(listing, valid, categories, district);
        if (listing.Name != valid.Row.Name)
        {
            listing.Rename(valid.Row.Name, await SlugAllocator.FreeSlugAsync(db, valid.Row.Name, district?.Name, listing.Id, cancellationToken));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var changes = ListingAuditor.Compare(listing.Id, before, ListingWriter.Snapshot(listing), actor, now);
        if (changes.Count > 0)
        {
            listing.Touch(now);
            db.ListingChanges.AddRange(changes);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ListingEditOutcome(null, changes.Count);
    }

    /// <summary>The listing with what the form and the audit snapshot read, tracked.</summary>
    private Task<Listing?> LoadAsync(int listingId, CancellationToken cancellationToken) =>
        db.Listings
            .Include(l => l.Categories).ThenInclude(c => c.Category)
            .Include(l => l.District)
            .Include(l => l.FormerSlugs)
            .AsSplitQuery()
            .FirstOrDefaultAsync(l => l.Id == listingId, cancellationToken);

    private static ListingHeader Header(Listing listing) => new(listing.Id, listing.Name, listing.Slug, listing.Status);
}

/// <summary>The listing a private page is about, as its heading and sub-navigation show it.</summary>
public sealed record ListingHeader(int Id, string Name, string Slug, ListingStatus Status)
{
    public bool IsPublic => Status == ListingStatus.Published;
}

public sealed record ListingEditPage(
    ListingHeader Listing, ListingFormInput Input, ListingFormChoices Choices, IReadOnlyList<FieldError> Errors, HoursEditor.HoursEditorViewModel Hours);

/// <summary>Saved (<see cref="Page"/> null, with the number of fields changed), refused (the page with its errors), or no such listing.</summary>
public sealed record ListingEditOutcome(ListingEditPage? Page, int ChangedFields)
{
    public static ListingEditOutcome NotFound { get; } = new(null, -1);

    public bool IsNotFound => ChangedFields < 0;
}
