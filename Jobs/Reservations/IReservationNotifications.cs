using HalloBot.Domain.Reservations;

namespace HalloBot.Jobs.Reservations;

/// <summary>
/// The mails the reservation jobs cause. Written by the site, which has the texts in both languages; queued in the
/// caller's unit of work (the job saves).
/// </summary>
public interface IReservationNotifications
{
    /// <summary>The shop's one reminder of a request it has not answered within a working day.</summary>
    Task QueueShopReminderAsync(Reservation reservation, CancellationToken cancellationToken);

    /// <summary>The resident is told that the reservation lapsed; <paramref name="from"/> is the state it lapsed from.</summary>
    Task QueueExpiredAsync(Reservation reservation, ReservationStatus from, CancellationToken cancellationToken);
}
