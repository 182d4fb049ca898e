using System.Data;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using HalloBot.Domain.Reservations;
using HalloBot.Web.Features.Business;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Reservations;

/// <summary>
/// What the resident does through the private link: look, confirm the address, take a proposed time, cancel. The
/// link's token is the only key; a reservation is looked up by the token's hash and never by its id.
/// </summary>
public sealed class ResidentReservationService(HalloBotDbContext db, ReservationMailer mailer, WorkingDays days, TimeProvider clock)
{
    /// <summary>Null for a token that names no reservation (mistyped, cut short, made up).</summary>
    public async Task<ResidentReservationPage?> PageAsync(string token, string? notice, CancellationToken cancellationToken)
    {
        var reservation = await FindAsync(token, tracked: false, cancellationToken);
        return reservation is null ? null : await PageOfAsync(reservation, notice, cancellationToken);
    }

    /// <returns>The page after the action, with a notice; null for an unknown token.</returns>
    public Task<ResidentReservationPage?> ActAsync(string token, ReservationAction action, CancellationToken cancellationToken) =>
        ActAsync(token, action, attempt: 1, cancellationToken);

    private async Task<ResidentReservationPage?> ActAsync(string token, ReservationAction action, int attempt, CancellationToken cancellationToken)
    {
        // Confirming counts the address's open reservations and then adds one. Serializable, so that two confirmations
        // for one address at once cannot both count below the cap: on SQLite the transaction takes the write lock as it
        // begins (BEGIN IMMEDIATE), so the second waits and then counts the first; on SQL Server one of the two fails
        // (a deadlock over the counted range) with nothing written, and is tried again below.
        await using var transaction = action == ReservationAction.Confirm
            ? await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken)
            : null;
        var reservation = await FindAsync(token, tracked: true, cancellationToken);
        if (reservation is null)
        {
            return null;
        }

        var now = Now;
        if (reservation.IsExpiredAt(now) || !reservation.Allows(action))
        {
            // A second click on "confirm", or a link opened after the shop answered: say where it stands instead.
            return await PageOfAsync(reservation, NoticeWhenRefused(reservation, action), cancellationToken);
        }

        if (action == ReservationAction.TakeProposal && Reservation.Check(reservation.Pickup!.Value, now, days) != PickupWindowProblem.None)
        {
            return await PageOfAsync(reservation, "Reservations.Status.ProposalOver", cancellationToken);
        }

        // Up to two days may pass between sending the form and confirming: the shop must not get a request it cannot meet.
        if (action == ReservationAction.Confirm && await ConfirmProblemAsync(reservation, cancellationToken) is { } problem)
        {
            return await PageOfAsync(reservation, problem, cancellationToken);
        }

        var statusBefore = reservation.Status;
        var wasConfirmed = reservation.ConfirmedAt is not null;
        switch (action)
        {
            case ReservationAction.Confirm:
                reservation.Confirm(now, days);
                await mailer.QueueNewRequestAsync(reservation, cancellationToken);
                break;
            case ReservationAction.TakeProposal:
                reservation.TakeProposal(now, days);
                await mailer.QueueProposalTakenAsync(reservation, cancellationToken);
                await mailer.QueueAcceptedAsync(reservation, cancellationToken);
                break;
            case ReservationAction.Cancel:
                reservation.Cancel(now);
                if (wasConfirmed)
                {
                    await mailer.QueueCancelledAsync(reservation, cancellationToken);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, "Residents do not do this.");
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (DbUpdateException)
        {
            // Someone else changed it first (the shop answered, the expiry job ran, a second click): nothing of this
            // save was written, its mails neither. Say where it stands now; anything else is a real failure, but for a
            // confirmation that lost a race with another one of the same address: that is tried again, and counts it.
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }

            db.ChangeTracker.Clear();
            var current = await FindAsync(token, tracked: false, cancellationToken);
            if (current is not null && current.Status == statusBefore && action == ReservationAction.Confirm && attempt < MaxConfirmAttempts)
            {
                return await ActAsync(token, action, attempt + 1, cancellationToken);
            }

            if (current is null || current.Status == statusBefore)
            {
                throw;
            }

            return await PageOfAsync(current, NoticeWhenRefused(current, action), cancellationToken);
        }

        return await PageOfAsync(reservation, $"Reservations.Status.Done.{action}", cancellationToken);
    }

    private static string NoticeWhenRefused(Reservation reservation, ReservationAction action) =>
        action == ReservationAction.Confirm && reservation.ConfirmedAt is not null
            ? "Reservations.Status.AlreadyConfirmed"
            : "Reservations.Status.NotPossible";

    /// <summary>
    /// A resource key when the request cannot go to the shop: the offer ended, the wished-for day is over, or the address
    /// already has as many open reservations as it may have (unconfirmed ones are not counted when the form is sent, so
    /// they are counted here, or five sent forms could all be confirmed).
    /// </summary>
    private async Task<string?> ConfirmProblemAsync(Reservation reservation, CancellationToken cancellationToken)
    {
        var today = days.LocalDate(Now);
        var offer = await db.Offers.AsNoTracking()
            .Where(o => o.Id == reservation.OfferId && o.Listing.Status == ListingStatus.Published)
            .FirstOrDefaultAsync(cancellationToken);
        if (offer is null || !offer.CanBeReservedOn(today) || offer.HasEndedBy(reservation.PreferredPickupDate))
        {
            return "Reservations.Status.OfferNoLongerReservable";
        }

        if (reservation.PreferredPickupDate < today)
        {
            return "Reservations.Status.PreferredDayPassed";
        }

        var open = await db.Reservations.CountingAgainstCapAsync(reservation.Email, Now, except: reservation.Id, cancellationToken);
        return ReservationRules.CanOpenAnother(open) ? null : "Reservations.Status.TooManyOpen";
    }

    private async Task<ResidentReservationPage> PageOfAsync(Reservation reservation, string? notice, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.AsNoTracking().Where(l => l.Id == reservation.ListingId)
            .Select(l => new { l.Name, l.Slug }).FirstOrDefaultAsync(cancellationToken);
        var now = Now;
        var expired = reservation.IsExpiredAt(now);
        var status = expired ? ReservationStatus.Expired : reservation.Status;
        return new ResidentReservationPage(
            reservation.OfferTitle,
            listing?.Name ?? "",
            listing?.Slug ?? "",
            reservation.Name,
            reservation.Quantity,
            reservation.PreferredPickupDate,
            reservation.Message,
            status,
            reservation.Pickup,
            reservation.ShopNote,
            reservation.CreatedAt,
            CanConfirm: !expired && reservation.Allows(ReservationAction.Confirm),
            CanTakeProposal: !expired && reservation.Allows(ReservationAction.TakeProposal),
            CanCancel: !expired && reservation.Allows(ReservationAction.Cancel),
            notice);
    }

    private async Task<Reservation?> FindAsync(string token, bool tracked, CancellationToken cancellationToken)
    {
        if (!InvitationToken.IsWellFormed(token))
        {
            return null;
        }

        var hash = InvitationToken.Hash(token);
        var query = db.Reservations.Where(r => r.TokenHash == hash);
        return await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Tries of one confirmation that lost a race (see <see cref="ActAsync(string, ReservationAction, int, CancellationToken)"/>).</summary>
    private const int MaxConfirmAttempts = 3;
}

/// <summary>The resident's private page. <see cref="Notice"/> is a resource key: what just happened.</summary>
public sealed record ResidentReservationPage(
    string OfferTitle,
    string ListingName,
    string ListingSlug,
    string Name,
    int Quantity,
    DateOnly PreferredPickupDate,
    string? Message,
    ReservationStatus Status,
    PickupWindow? Pickup,
    string? ShopNote,
    DateTime CreatedAt,
    bool CanConfirm,
    bool CanTakeProposal,
    bool CanCancel,
    string? Notice);
