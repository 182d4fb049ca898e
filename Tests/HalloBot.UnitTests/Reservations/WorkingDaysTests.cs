using HalloBot.Domain.Reservations;

namespace HalloBot.UnitTests.Reservations;

public sealed class WorkingDaysTests
{
    private static readonly WorkingDays Days = ReservationClock.Days;

    [Theory]
    [InlineData("2026-05-02", true)]  // Saturday: shops work
    [InlineData("2026-05-03", false)] // Sunday
    [InlineData("2026-05-01", false)] // Tag der Arbeit
    [InlineData("2026-06-04", false)] // Fronleichnam, a holiday in NRW
    [InlineData("2026-08-15", true)]  // Mariä Himmelfahrt: not in NRW
    [InlineData("2026-11-01", false)] // Allerheiligen, a Sunday anyway
    [InlineData("2026-12-24", true)]  // Heiligabend is no public holiday
    public void IsWorkingDay_SundaysAndNrwHolidays_AreNot(string date, bool expected) =>
        Assert.Equal(expected, Days.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-04-02", "2026-04-04")] // Thursday before Easter: Good Friday is skipped
    [InlineData("2026-04-04", "2026-04-07")] // Saturday: Easter Sunday and Monday skipped
    [InlineData("2026-04-30", "2026-05-02")] // Thursday before 1 May
    [InlineData("2026-12-24", "2026-12-28")] // both Christmas days, then Sunday
    public void Next_AcrossHolidays_SkipsThem(string from, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Days.Next(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void OneWorkingDayAfter_SaturdayMorning_IsMondayMorning() =>
        Assert.Equal(ReservationClock.Local(2026, 5, 4, 10), Days.OneWorkingDayAfter(ReservationClock.Local(2026, 5, 2, 10)));

    [Fact]
    public void OneWorkingDayAfter_Sunday_GivesTheShopAllOfMonday() =>
        Assert.Equal(ReservationClock.Local(2026, 5, 5, 0), Days.OneWorkingDayAfter(ReservationClock.Local(2026, 5, 3, 12)));

    [Fact]
    public void OneWorkingDayAfter_HolidayEve_SkipsTheHoliday() =>
        Assert.Equal(ReservationClock.Local(2026, 5, 2, 15), Days.OneWorkingDayAfter(ReservationClock.Local(2026, 4, 30, 15)));

    [Fact]
    public void OneWorkingDayAfter_AcrossTheSpringClockChange_KeepsTheWallClockTime()
    {
        // 28 March 2026 is a Saturday; the clocks go forward in the night to Sunday 29 March.
        var due = Days.OneWorkingDayAfter(ReservationClock.Local(2026, 3, 28, 9));

        Assert.Equal(new DateTime(2026, 3, 30, 7, 0, 0, DateTimeKind.Utc), due);
    }

    [Fact]
    public void NthFrom_HolidayStart_CountsFromTheNextWorkingDay() =>
        Assert.Equal(new DateOnly(2026, 5, 4), Days.NthFrom(new DateOnly(2026, 5, 1), 2));
}
