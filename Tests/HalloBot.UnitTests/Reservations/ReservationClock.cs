using HalloBot.Domain.OpeningHours;
using HalloBot.Domain.Reservations;
using Microsoft.Extensions.Time.Testing;

namespace HalloBot.UnitTests.Reservations;

/// <summary>A fake clock set in Bottrop's local time, and reservations to test against it.</summary>
internal sealed class ReservationClock
{
    public static readonly WorkingDays Days = new(OpeningHoursCalendar.Bottrop);

    private readonly FakeTimeProvider time = new();

    public ReservationClock(int year, int month, int day, int hour, int minute = 0) => Set(year, month, day, hour, minute);

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public void Set(int year, int month, int day, int hour, int minute = 0) =>
        time.SetUtcNow(new DateTimeOffset(Local(year, month, day, hour, minute), TimeSpan.Zero));

    public void Advance(TimeSpan by) => time.Advance(by);

    public static DateTime Local(int year, int month, int day, int hour, int minute = 0) =>
        Days.ToUtc(new DateOnly(year, month, day), new TimeOnly(hour, minute));

    public Reservation NewReservation(DateOnly preferred, int holdDays = 2) =>
        new(new ReservationRequest("Erika Muster", "Erika@Example.org", null, 1, preferred, null, "de"), 7, "Roggenbrot", 3, holdDays, new string('a', 64), "geschützt", Now);
}
