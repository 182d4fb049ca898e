using HalloBot.Domain.OpeningHours.Holidays;

namespace HalloBot.UnitTests.OpeningHours;

public class GermanPublicHolidaysTests
{
    [Theory]
    [InlineData(2000, 4, 23)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void EasterSunday_KnownYears_Matches(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Easter.Sunday(year));
    }

    [Fact]
    public void InYear_Nrw2026_AllElevenHolidays()
    {
        var dates = GermanPublicHolidays.InYear(2026, GermanState.NW).Select(holiday => holiday.Date.ToString("MM-dd"));

        Assert.Equal(
            ["01-01", "04-03", "04-06", "05-01", "05-14", "05-25", "06-04", "10-03", "11-01", "12-25", "12-26"],
            dates);
    }

    [Theory]
    [InlineData("2026-06-04")] // Fronleichnam
    [InlineData("2026-11-01")] // Allerheiligen
    [InlineData("2026-12-25")]
    [InlineData("2026-12-26")]
    [InlineData("2024-03-29")] // Karfreitag
    [InlineData("2025-04-21")] // Ostermontag
    [InlineData("2027-05-06")] // Christi Himmelfahrt
    [InlineData("2027-05-17")] // Pfingstmontag
    [InlineData("2027-05-27")] // Fronleichnam
    public void IsHoliday_Nrw_True(string date)
    {
        Assert.True(GermanPublicHolidays.IsHoliday(DateOnly.Parse(date), GermanState.NW));
    }

    [Theory]
    [InlineData("2026-12-24")]
    [InlineData("2026-12-31")]
    [InlineData("2026-01-06")]
    [InlineData("2026-10-31")]
    [InlineData("2026-08-15")]
    [InlineData("2026-04-05")] // Easter Sunday is a Sunday, not a holiday of NRW
    [InlineData("2026-06-05")]
    public void IsHoliday_Nrw_False(string date)
    {
        Assert.False(GermanPublicHolidays.IsHoliday(DateOnly.Parse(date), GermanState.NW));
    }

    [Theory]
    [InlineData("2026-01-06", GermanState.BW, true)]
    [InlineData("2026-01-06", GermanState.BY, true)]
    [InlineData("2026-01-06", GermanState.ST, true)]
    [InlineData("2026-01-06", GermanState.HE, false)]
    [InlineData("2026-03-08", GermanState.BE, true)]
    [InlineData("2018-03-08", GermanState.BE, false)]
    [InlineData("2026-03-08", GermanState.BB, false)]
    [InlineData("2025-05-08", GermanState.BE, true)]
    [InlineData("2026-05-08", GermanState.BE, false)]
    [InlineData("2026-04-05", GermanState.BB, true)]
    [InlineData("2026-06-04", GermanState.BY, true)]
    [InlineData("2026-06-04", GermanState.SN, false)]
    [InlineData("2026-06-04", GermanState.HE, true)]
    [InlineData("2026-08-15", GermanState.SL, true)]
    [InlineData("2026-08-15", GermanState.BY, false)]
    [InlineData("2026-09-20", GermanState.TH, true)]
    [InlineData("2018-09-20", GermanState.TH, false)]
    [InlineData("2026-10-31", GermanState.SN, true)]
    [InlineData("2026-10-31", GermanState.NI, true)]
    [InlineData("2026-10-31", GermanState.HH, true)]
    [InlineData("2016-10-31", GermanState.NI, false)]
    [InlineData("2017-10-31", GermanState.NW, true)]
    [InlineData("2018-10-31", GermanState.NW, false)]
    [InlineData("2026-10-31", GermanState.BY, false)]
    [InlineData("2026-11-01", GermanState.BY, true)]
    [InlineData("2026-11-01", GermanState.SN, false)]
    [InlineData("2026-11-18", GermanState.SN, true)] // Buß- und Bettag
    [InlineData("2025-11-19", GermanState.SN, true)]
    [InlineData("2026-11-18", GermanState.NW, false)]
    [InlineData("2026-10-03", GermanState.MV, true)]
    [InlineData("2026-05-01", GermanState.HB, true)]
    [InlineData("2026-12-24", GermanState.BY, false)]
    // Hesse's law makes every Sunday a holiday but names neither Easter nor Whit Sunday; Brandenburg's names both.
    [InlineData("2026-04-05", GermanState.HE, false)]
    [InlineData("2026-05-24", GermanState.HE, false)]
    [InlineData("2026-05-24", GermanState.BB, true)]
    [InlineData("2023-03-08", GermanState.MV, true)]
    [InlineData("2022-03-08", GermanState.MV, false)]
    [InlineData("2020-05-08", GermanState.BE, true)]
    [InlineData("2020-05-08", GermanState.BB, false)]
    [InlineData("2028-06-17", GermanState.BE, true)]
    [InlineData("2027-06-17", GermanState.BE, false)]
    [InlineData("2028-06-17", GermanState.BB, false)]
    [InlineData("2026-06-04", GermanState.RP, true)]
    [InlineData("2026-06-04", GermanState.SL, true)]
    [InlineData("2026-06-04", GermanState.BW, true)]
    [InlineData("2026-06-04", GermanState.TH, false)]
    [InlineData("2026-06-04", GermanState.BE, false)]
    [InlineData("2026-11-01", GermanState.HE, false)]
    [InlineData("2018-10-31", GermanState.HB, true)]
    [InlineData("2018-10-31", GermanState.SH, true)]
    [InlineData("2017-10-31", GermanState.BY, true)]
    [InlineData("2026-10-31", GermanState.BB, true)]
    [InlineData("2026-10-31", GermanState.MV, true)]
    [InlineData("2026-10-31", GermanState.ST, true)]
    [InlineData("2026-10-31", GermanState.TH, true)]
    [InlineData("2026-10-31", GermanState.BE, false)]
    [InlineData("2026-10-31", GermanState.HE, false)]
    public void IsHoliday_States_FollowTheirLaws(string date, GermanState state, bool expected)
    {
        Assert.Equal(expected, GermanPublicHolidays.IsHoliday(DateOnly.Parse(date), state));
    }

    // The counts the Länder's laws give for 2026 (only statewide holidays; Sundays not counted separately
    // except Brandenburg's Easter and Whit Sunday).
    [Theory]
    [InlineData(GermanState.BW, 12)]
    [InlineData(GermanState.BY, 12)]
    [InlineData(GermanState.BE, 10)]
    [InlineData(GermanState.BB, 12)]
    [InlineData(GermanState.HB, 10)]
    [InlineData(GermanState.HH, 10)]
    [InlineData(GermanState.HE, 10)]
    [InlineData(GermanState.MV, 11)]
    [InlineData(GermanState.NI, 10)]
    [InlineData(GermanState.NW, 11)]
    [InlineData(GermanState.RP, 11)]
    [InlineData(GermanState.SL, 12)]
    [InlineData(GermanState.SN, 11)]
    [InlineData(GermanState.ST, 11)]
    [InlineData(GermanState.SH, 10)]
    [InlineData(GermanState.TH, 11)]
    public void InYear_2026_CountPerState(GermanState state, int count)
    {
        Assert.Equal(count, GermanPublicHolidays.InYear(2026, state).Count);
    }

    [Fact]
    public void InYear_EveryState_HasNationalHolidaysEveryYear()
    {
        foreach (var state in Enum.GetValues<GermanState>())
        {
            for (var year = 2000; year <= 2040; year++)
            {
                var easter = Easter.Sunday(year);
                var holidays = GermanPublicHolidays.InYear(year, state).Select(holiday => holiday.Date).ToHashSet();

                Assert.Subset(holidays, new HashSet<DateOnly>
                {
                    new(year, 1, 1), easter.AddDays(-2), easter.AddDays(1), new(year, 5, 1), easter.AddDays(39),
                    easter.AddDays(50), new(year, 10, 3), new(year, 12, 25), new(year, 12, 26),
                });
                Assert.DoesNotContain(new DateOnly(year, 12, 24), holidays);
                Assert.DoesNotContain(new DateOnly(year, 12, 31), holidays);
                Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
            }
        }
    }
}
