using HalloBot.Domain.OpeningHours;
using static HalloBot.UnitTests.OpeningHours.StatusAssertions;

namespace HalloBot.UnitTests.OpeningHours;

public class OpeningHoursDaysTests
{
    private static readonly DateOnly Monday = new(2026, 6, 1);

    private static IReadOnlyList<DayHours> Week(string hours, DateOnly firstDay, int count = 7) =>
        OpeningHoursSchedule.Parse(hours).Days(firstDay, count, Calendar);

    private static string Describe(DayHours day) =>
        string.Join(", ", day.Spans.Select(span =>
            $"{span.Start:HH\\:mm}-{span.End:HH\\:mm}{(span.EndsNextDay ? "+" : "")}"
            + $"{(span.State == OpenState.Unknown ? " unknown" : "")}{(span.Comment is null ? "" : $" \"{span.Comment}\"")}"));

    [Fact]
    public void Days_WeekdaysWithHoliday_ListsSpansAndMarksHoliday()
    {
        var days = Week("Mo-Fr 08:00-18:00; PH off", Monday);

        Assert.Equal(Enumerable.Range(0, 7).Select(Monday.AddDays), days.Select(day => day.Date));
        Assert.Equal(["08:00-18:00", "08:00-18:00", "08:00-18:00", "", "08:00-18:00", "", ""], days.Select(Describe));
        Assert.Equal([false, false, false, true, false, false, false], days.Select(day => day.IsPublicHoliday));
        Assert.All(days.SelectMany(day => day.Spans), span => Assert.Equal(OpenState.Open, span.State));
    }

    [Fact]
    public void Days_SpanPastMidnight_ListedOnTheDayItStarts()
    {
        var days = Week("Fr-Sa 18:00-02:00", Monday);

        Assert.Equal(["", "", "", "", "18:00-02:00+", "18:00-02:00+", ""], days.Select(Describe));
    }

    [Fact]
    public void Days_NextDayReplacedByLaterRule_SpanEndsAtMidnight()
    {
        var days = Week("Mo-Fr 18:00-02:00; Sa off", Monday);

        Assert.Equal("18:00-02:00+", Describe(days[3]));
        Assert.Equal("18:00-00:00+", Describe(days[4]));
        Assert.Equal("", Describe(days[5]));
    }

    [Fact]
    public void Days_ChristmasWithHolidaysOff_SpansGoWithTheirDays()
    {
        var days = Week("Mo-Su 18:00-02:00; PH off", new DateOnly(2026, 12, 24), 4);

        Assert.Equal(["18:00-00:00+", "", "", "18:00-02:00+"], days.Select(Describe));
        Assert.Equal([false, true, true, false], days.Select(day => day.IsPublicHoliday));
    }

    [Theory]
    [InlineData("Fr 22:00-26:00", "22:00-02:00+")]
    [InlineData("Fr 10:00-34:00", "10:00-10:00+")]
    public void Days_ExtendedHours_ListedOnTheDayTheyStart(string hours, string friday)
    {
        var days = Week(hours, Monday);

        Assert.Equal(["", "", "", "", friday, "", ""], days.Select(Describe));
    }

    [Fact]
    public void Days_WholeDaySpansEveryDay_OnePerDay()
    {
        var days = Week("Mo-Su 10:00-34:00", Monday);

        Assert.All(days, day => Assert.Equal("10:00-10:00+", Describe(day)));
    }

    [Fact]
    public void Days_AlwaysOpen_EveryDayWhole()
    {
        var days = Week("24/7", Monday, 3);

        Assert.All(days, day =>
        {
            var span = Assert.Single(day.Spans);
            Assert.Equal(new HoursSpan(TimeOnly.MinValue, TimeOnly.MinValue, true, OpenState.Open, null), span);
        });
    }

    [Fact]
    public void Days_ClosedTimesOfLaterRule_SplitTheSpan()
    {
        var days = Week("Mo-Fr 08:00-18:00; We 12:00-14:00 off", Monday);

        Assert.Equal("08:00-12:00, 14:00-18:00", Describe(days[2]));
        Assert.Equal("08:00-18:00", Describe(days[1]));
    }

    [Fact]
    public void Days_UnknownWithComment_KeepsStateAndComment()
    {
        var days = Week("Mo-Th 08:00-17:00; Fr 08:00-14:00 \"und nach Vereinbarung\"", Monday);

        Assert.Equal("08:00-14:00 unknown \"und nach Vereinbarung\"", Describe(days[4]));
        Assert.Equal("08:00-17:00", Describe(days[0]));
    }

    [Fact]
    public void Days_SpanFromDayBeforeFirst_NotListed()
    {
        var days = Week("Fr 18:00-02:00", new DateOnly(2026, 6, 6), 2);

        Assert.Equal(["", ""], days.Select(Describe));
    }

    [Fact]
    public void Days_ChristmasEve_OwnHoursAndNoHoliday()
    {
        var days = Week("Mo-Sa 10:00-19:00; Dec 24 10:00-13:00", new DateOnly(2026, 12, 23), 3);

        Assert.Equal(["10:00-19:00", "10:00-13:00", "10:00-19:00"], days.Select(Describe));
        Assert.False(days[1].IsPublicHoliday);
        Assert.True(days[2].IsPublicHoliday);
    }

    [Fact]
    public void Days_ZeroCount_Empty()
    {
        Assert.Empty(Week("24/7", Monday, 0));
    }

    [Fact]
    public void Days_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Week("24/7", Monday, -1));
    }
}
