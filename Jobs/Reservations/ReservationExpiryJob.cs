using HalloBot.Domain.Persistence;
using HalloBot.Domain.Reservations;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Jobs.Reservations;

/// <summary>
/// Closes every open reservation whose deadline passed (unconfirmed, unanswered, proposal not taken, hold ran out),
/// which frees the item, and tells the resident, unless the address was never confirmed. Each is read and saved on its
/// own: when the resident or the shop changed one in the meantime (its status is the concurrency token), that one is
/// left as they made it, with no mail, and the job goes on.
/// </summary>
public sealed class ReservationExpiryJob(HalloBotDbContext db, IReservationNotifications notifications, TimeProvider time)
{
    public const string Id = "reservations-expiry";

    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var open = ReservationStatuses.Open.ToList();
        var due = await db.Reservations
            .Where(r => open.Contains(r.Status) && r.ExpiresAt <= now)
            .OrderBy(r => r.Id)
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        var expired = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            var reservation = await db.Reservations.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (reservation?.ExpireIfDue(now) is not { } from)
            {
                continue;
            }

            // An address nobody confirmed may not be the resident's: it gets no further mail.
            if (from != ReservationStatus.AwaitingConfirmation)
            {
                await notifications.QueueExpiredAsync(reservation, from, cancellationToken);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                expired++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Answered, cancelled or picked up just now: that stands, and this save (mail included) is dropped.
            }
        }

        db.ChangeTracker.Clear();
        return expired;
    }
}
