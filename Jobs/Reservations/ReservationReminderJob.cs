using HalloBot.Domain.Persistence;
using HalloBot.Domain.Reservations;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Jobs.Reservations;

/// <summary>
/// Reminds a shop, once, of each request it has not answered within one working day. The reminder is recorded with
/// its mail in one save, so a second run (or a retry) finds it recorded and sends nothing more.
/// </summary>
public sealed class ReservationReminderJob(HalloBotDbContext db, IReservationNotifications notifications, TimeProvider time)
{
    public const string Id = "reservations-reminders";

    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.Reservations
            .Where(r => r.Status == ReservationStatus.Requested && r.ShopRemindedAt == null && r.ReminderDueAt <= now)
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        var reminded = 0;
        foreach (var reservation in due)
        {
            if (reservation.RecordReminder(now))
            {
                await notifications.QueueShopReminderAsync(reservation, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                reminded++;
            }
        }

        return reminded;
    }
}
