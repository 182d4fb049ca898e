using HalloBot.Domain.Persistence;
using HalloBot.Domain.Reservations;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Jobs.Reservations;

/// <summary>
/// Blanks the resident's name, address, phone and message 90 days after a reservation closed (GDPR storage
/// limitation). The mails sent about it go too (to the resident and to the shop): they carry the same data. (Three months
/// after closing none is pending; the mail job skips a mail that is gone.)
/// </summary>
public sealed class ReservationDataErasureJob(HalloBotDbContext db, TimeProvider time)
{
    public const string Id = "reservations-erasure";

    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var closedBefore = now - ReservationRules.PersonalDataRetention;
        var due = await db.Reservations
            .Where(r => r.PersonalDataErasedAt == null && r.ClosedAt <= closedBefore)
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        var erased = 0;
        foreach (var reservation in due)
        {
            if (!reservation.ErasePersonalDataIfDue(now))
            {
                continue;
            }

            var prefix = $"{ReservationMailKinds.Prefix}{reservation.Id}:";
            await db.OutgoingMails
                .Where(m => m.DeduplicationKey.StartsWith(prefix))
                .ExecuteDeleteAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            erased++;
        }

        return erased;
    }
}
