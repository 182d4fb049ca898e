using HalloBot.Domain.Offers;
using HalloBot.Domain.Persistence;
using HalloBot.Jobs.Images;
using HalloBot.Web.Features.Business;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Offers;

/// <summary>A listing's offers as its members keep them: list, create, edit, delete. Callers check access first.</summary>
public sealed partial class OfferService(
    HalloBotDbContext db, OfferFormValidator validator, OfferCalendar calendar, IMediaStore store, Reservations.OfferReservations reservations,
    ILogger<OfferService> logger)
{
    public const int ListPageSize = 25;

    /// <param name="page">From 1; one beyond either end shows the nearest page.</param>
    public async Task<OfferListPage?> ListAsync(int listingId, int? page, CancellationToken cancellationToken)
    {
        if (await HeaderAsync(listingId, cancellationToken) is not { } header)
        {
            return null;
        }

        var query = db.Offers.AsNoTracking().Where(o => o.ListingId == listingId);
        var paging = OfferPaging.Of(OfferRoutes.List(listingId), page, await query.CountAsync(cancellationToken), ListPageSize);
        var offers = await query.OrderByDescending(o => o.ValidFrom).ThenBy(o => o.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return new OfferListPage(header, offers, calendar.Today, paging);
    }

    public async Task<OfferEditPage?> NewPageAsync(int listingId, CancellationToken cancellationToken) =>
        await HeaderAsync(listingId, cancellationToken) is { } header
            ? new OfferEditPage(header, null, NewInput(calendar.Today), [], [])
            : null;

    public async Task<OfferEditPage?> EditPageAsync(int listingId, int offerId, CancellationToken cancellationToken)
    {
        if (await HeaderAsync(listingId, cancellationToken) is not { } header
            || await FindAsync(listingId, offerId, tracked: false, cancellationToken) is not { } offer)
        {
            return null;
        }

        return new OfferEditPage(header, offer.Id, InputOf(offer), [], await PhotosAsync(offer.Id, cancellationToken));
    }

    /// <summary>Null when there is no such listing; otherwise the new offer's id, or the page with its errors.</summary>
    public async Task<OfferSaveOutcome?> CreateAsync(int listingId, OfferFormInput input, CancellationToken cancellationToken)
    {
        if (await HeaderAsync(listingId, cancellationToken) is not { } header)
        {
            return null;
        }

        var result = validator.Validate(input, calendar.Today, currentValidFrom: null);
        if (result.Offer is not { } valid)
        {
            return new OfferSaveOutcome(null, new OfferEditPage(header, null, input, result.Errors, []));
        }

        var offer = new Offer(listingId, valid.Title, valid.Price, valid.ValidFrom, calendar.UtcNow);
        valid.ApplyTo(offer, calendar.UtcNow);
        db.Offers.Add(offer);
        await db.SaveChangesAsync(cancellationToken);
        return new OfferSaveOutcome(offer.Id, null);
    }

    /// <summary>Null when there is no such offer on this listing.</summary>
    public async Task<OfferSaveOutcome?> UpdateAsync(int listingId, int offerId, OfferFormInput input, CancellationToken cancellationToken)
    {
        if (await HeaderAsync(listingId, cancellationToken) is not { } header
            || await FindAsync(listingId, offerId, tracked: true, cancellationToken) is not { } offer)
        {
            return null;
        }

        var result = validator.Validate(input, calendar.Today, offer.ValidFrom);
        if (result.Offer is not { } valid)
        {
            return new OfferSaveOutcome(null, new OfferEditPage(header, offer.Id, input, result.Errors, await PhotosAsync(offer.Id, cancellationToken)));
        }

        valid.ApplyTo(offer, calendar.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return new OfferSaveOutcome(offer.Id, null);
    }

    /// <summary>
    /// Removes the offer. Its photos' rows go with it; their files (public variants and private originals) are removed
    /// once the rows are gone, so a failed save leaves every photo whole. Its reservations stay (the database refuses to
    /// delete them with it): the open ones are declined with a reason and their residents mailed, in the same save as
    /// the removal. A reservation that arrives between reading and saving makes the database refuse the removal; then
    /// everything is read again and decided anew, a few times, before the shop is asked to try again.
    /// </summary>
    public async Task<OfferDeletion> DeleteAsync(int listingId, int offerId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await FindAsync(listingId, offerId, tracked: true, cancellationToken) is not { } offer)
            {
                // Gone on a later attempt: another member deleted it meanwhile, which is what this shop asked for.
                return attempt == 1 ? OfferDeletion.NotFound : OfferDeletion.Deleted;
            }

            var photoKeys = await db.OfferPhotos.AsNoTracking().Where(p => p.OfferId == offerId).Select(p => p.StorageKey).ToListAsync(cancellationToken);
            await reservations.LetGoOfAsync(offer.Id, cancellationToken);
            db.Offers.Remove(offer);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || DatabaseErrors.IsForeignKeyViolation(e))
            {
                // A reservation arrived or changed meanwhile. Nothing of this attempt is stored: forget it and decide
                // again on what is stored now.
                LogChangedMeanwhile(logger, offerId, attempt, e);
                db.ChangeTracker.Clear();
                if (attempt == DeleteAttempts)
                {
                    return OfferDeletion.Conflict;
                }

                continue;
            }

            foreach (var key in photoKeys)
            {
                store.DeleteVariants(key);
                store.DeleteOriginal(key);
            }

            return OfferDeletion.Deleted;
        }
    }

    private const int DeleteAttempts = 3;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleting offer {OfferId}: its reservations changed meanwhile (attempt {Attempt})")]
    private static partial void LogChangedMeanwhile(ILogger logger, int offerId, int attempt, Exception exception);

    public Task<ListingHeader?> HeaderAsync(int listingId, CancellationToken cancellationToken) =>
        db.Listings.AsNoTracking().Where(l => l.Id == listingId)
            .Select(l => new ListingHeader(l.Id, l.Name, l.Slug, l.Status))
            .FirstOrDefaultAsync(cancellationToken);

    private Task<Offer?> FindAsync(int listingId, int offerId, bool tracked, CancellationToken cancellationToken)
    {
        var offers = tracked ? db.Offers : db.Offers.AsNoTracking();
        return offers.FirstOrDefaultAsync(o => o.Id == offerId && o.ListingId == listingId, cancellationToken);
    }

    private Task<List<OfferPhoto>> PhotosAsync(int offerId, CancellationToken cancellationToken) =>
        db.OfferPhotos.AsNoTracking().Where(p => p.OfferId == offerId).OrderBy(p => p.Position).ToListAsync(cancellationToken);

    private static OfferFormInput NewInput(DateOnly today) => new()
    {
        Availability = nameof(OfferAvailability.Available),
        ValidFrom = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        HoldDays = Offer.DefaultHoldDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static OfferFormInput InputOf(Offer offer) => new()
    {
        Title = offer.Title,
        Description = offer.Description,
        Price = offer.Price.ToString(),
        Availability = offer.Availability.ToString(),
        ValidFrom = offer.ValidFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ValidTo = offer.ValidTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        IsReservable = offer.IsReservable,
        HoldDays = offer.HoldDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public sealed record OfferListPage(ListingHeader Listing, IReadOnlyList<Offer> Offers, DateOnly Today, OfferPaging Paging);

/// <param name="OfferId">Null for a new offer.</param>
public sealed record OfferEditPage(ListingHeader Listing, int? OfferId, OfferFormInput Input, IReadOnlyList<FieldError> Errors, IReadOnlyList<OfferPhoto> Photos);

/// <summary>Saved (<see cref="OfferId"/>), or refused (<see cref="Page"/> with the errors).</summary>
public sealed record OfferSaveOutcome(int? OfferId, OfferEditPage? Page);
