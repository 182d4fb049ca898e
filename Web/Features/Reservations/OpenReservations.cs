using HalloBot.Domain.Reservations;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Reservations;

/// <summary>
/// The open reservations that count against an address's cap (<see cref="ReservationRules.MaxOpenPerEmail"/>), counted
/// alike when the form is sent and when the address is confirmed. Unconfirmed ones do not count (anyone can start those
/// for any address); nor do those whose deadline passed before the expiry job got to them, which the resident's page
/// already shows as expired.
/// </summary>
internal static class OpenReservations
{
    public static Task<int> CountingAgainstCapAsync(
        this IQueryable<Reservation> reservations, string email, DateTime utcNow, int? except, CancellationToken cancellationToken)
    {
        var address = email.ToLowerInvariant();
        var open = ReservationStatuses.Open.Where(s => s != ReservationStatus.AwaitingConfirmation).ToList();
        return reservations.CountAsync(r => r.Email == address && open.Contains(r.Status)
            && (r.ExpiresAt == null || r.ExpiresAt > utcNow) && r.Id != except, cancellationToken);
    }
}
