using HalloBot.Domain.Persistence;
using HalloBot.Domain.Reservations;
using HalloBot.Web.Features.Business;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Reservations;

/// <summary>
/// What becomes of an offer's reservations when the shop removes the offer: the open ones are declined with a reason
/// and their residents told; all keep the offer's title and let go of it, so the private pages keep working and the
/// shop keeps its record. Queued in the caller's unit of work, which then removes the offer and saves once.
/// </summary>
public sealed class OfferReservations(HalloBotDbContext db, ReservationMailer mailer, IStringLocalizer<SharedResource> t, TimeProvider clock)
{
    public async Task LetGoOfAsync(int offerId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var reservations = await db.Reservations.Where(r => r.OfferId == offerId).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        foreach (var reservation in reservations)
        {
            var reason = MailCulture.In(reservation.Culture, () => t["Reservations.OfferRemoved"].Value);

            // An address nobody confirmed may not be the resident's: its reservation closes without a mail.
            if (reservation.LetGoOfRemovedOffer(reason, now) is { } from && from != ReservationStatus.AwaitingConfirmation)
            {
                await mailer.QueueDeclinedAsync(reservation, cancellationToken);
            }
        }
    }
}
