using HalloBot.Domain.Listings;
using HalloBot.Domain.Offers;
using HalloBot.Domain.Persistence;
using HalloBot.Domain.Reservations;
using HalloBot.Web.Features.Business;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Reservations;

/// <summary>
/// The reservation form: which offer, and turning what the resident sent into an unconfirmed reservation with its
/// confirmation mail. Nothing reaches the shop before the resident confirms the address.
/// </summary>
public sealed class ReservationFormService(HalloBotDbContext db, ReservationMailer mailer, ReservationLinks links, WorkingDays days, TimeProvider clock)
{
    /// <summary>Null when there is no such offer on a published listing.</summary>
    public async Task<ReservableOffer?> OfferAsync(int offerId, CancellationToken cancellationToken)
    {
        var offer = await db.Offers.AsNoTracking()
            .Include(o => o.Listing)
            .FirstOrDefaultAsync(o => o.Id == offerId && o.Listing.Status == ListingStatus.Published, cancellationToken);
        if (offer is null)
        {
            return null;
        }

        var today = Today;
        return new ReservableOffer(offer.Id, offer.Title, offer.Listing.Id, offer.Listing.Name, offer.Listing.Slug,
            offer.HoldDays, offer.ValidTo, offer.CanBeReservedOn(today), today);
    }

    public async Task<ReservationSubmission> SubmitAsync(
        ReservableOffer offer, ReservationForm form, string culture, string siteRoot, CancellationToken cancellationToken)
    {
        var (request, errors) = ReservationFormValidator.Validate(form, offer.Today, offer.ValidTo, culture);
        if (request is null)
        {
            return new ReservationSubmission(null, errors);
        }

        if (await LimitErrorAsync(request.Email, cancellationToken) is { } limit)
        {
            return new ReservationSubmission(null, [limit]);
        }

        var token = InvitationToken.Create();
        var now = clock.GetUtcNow().UtcDateTime;
        var reservation = new Reservation(request, offer.Id, offer.Title, offer.ListingId, offer.HoldDays,
            InvitationToken.Hash(token), links.Protect(token), now);

        // Saved once for its id (the mail's key names it), then with the mail: both in one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Reservations.Add(reservation);
        await db.SaveChangesAsync(cancellationToken);
        await mailer.QueueConfirmationAsync(reservation, siteRoot + ReservationStatusController.PathFor(token), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ReservationSubmission(reservation.Id, []);
    }

    /// <summary>
    /// Only confirmed reservations count against the open ones of an address: unconfirmed ones anybody can start for
    /// any address, and they would lock its owner out for two days. The cap is checked again when the address is
    /// confirmed (<see cref="ResidentReservationService"/>), so unconfirmed ones cannot pass it either. Starting many is
    /// bounded per hour here and per client address by the form's rate limit
    /// (<see cref="Infrastructure.RateLimiting.RateLimitPolicies.Reservations"/>).
    /// </summary>
    private async Task<ReservationFieldError?> LimitErrorAsync(string email, CancellationToken cancellationToken)
    {
        var address = email.ToLowerInvariant();
        var openCount = await db.Reservations.CountingAgainstCapAsync(address, clock.GetUtcNow().UtcDateTime, except: null, cancellationToken);
        if (!ReservationRules.CanOpenAnother(openCount))
        {
            return new ReservationFieldError(ReservationFields.Email, ReservationFieldProblem.TooManyOpen,
                ReservationRules.MaxOpenPerEmail.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var hourAgo = clock.GetUtcNow().UtcDateTime.AddHours(-1);
        var recent = await db.Reservations.CountAsync(r => r.Email == address && r.CreatedAt > hourAgo, cancellationToken);
        return recent >= ReservationRules.MaxNewPerEmailPerHour
            ? new ReservationFieldError(ReservationFields.Email, ReservationFieldProblem.TooManyRecent)
            : null;
    }

    private DateOnly Today => days.LocalDate(clock.GetUtcNow().UtcDateTime);
}

/// <summary>An offer as the reservation form needs it; <see cref="CanReserve"/> is false when it is not (or no longer) reservable.</summary>
public sealed record ReservableOffer(
    int Id,
    string Title,
    int ListingId,
    string ListingName,
    string ListingSlug,
    int HoldDays,
    DateOnly? ValidTo,
    bool CanReserve,
    DateOnly Today);

/// <summary>The new reservation's id, or what is wrong with the form.</summary>
public sealed record ReservationSubmission(int? ReservationId, IReadOnlyList<ReservationFieldError> Errors);
