using HalloBot.Domain.Persistence;
using HalloBot.Domain.Reservations;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Jobs.Reservations;

/// <summary>
/// Reminds a shop, once, of each request it has not answered within one working day. The reminder is recorded with
/// its mail in one save, so a second run (or a retry) finds it recorded and sends nothing more; a request answered in
/// the same instant (the status is the concurrency token) gets no reminder.
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
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        var reminded = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            var reservation = await db.Reservations.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (reservation is null || !reservation.RecordReminder(now))
            {
                continue;
            }

            await notifications.QueueShopReminderAsync(reservation, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                reminded++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // The shop answered (or the resident cancelled) just now: no reminder is due any more.
            }
        }

        db.ChangeTracker.Clear();
        return reminded;
    }
}
