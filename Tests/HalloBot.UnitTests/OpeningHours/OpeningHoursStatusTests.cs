using HalloBot.Domain.OpeningHours;
using static HalloBot.UnitTests.OpeningHours.StatusAssertions;

namespace HalloBot.UnitTests.OpeningHours;

public class OpeningHoursStatusTests
{
    private const string Weekdays = "Mo-Fr 08:00-18:00";

    [Theory]
    [InlineData("2026-06-12T07:59:59+02:00", OpenState.Closed, "2026-06-12T08:00:00+02:00")]
    [InlineData("2026-06-12T08:00:00+02:00", OpenState.Open, "2026-06-12T18:00:00+02:00")]
    [InlineData("2026-06-12T17:59:59+02:00", OpenState.Open, "2026-06-12T18:00:00+02:00")]
    [InlineData("2026-06-12T18:00:00+02:00", OpenState.Closed, "2026-06-15T08:00:00+02:00")]
    [InlineData("2026-06-13T12:00:00+02:00", OpenState.Closed, "2026-06-15T08:00:00+02:00")]
    [InlineData("2026-06-12T06:00:00+00:00", OpenState.Open, "2026-06-12T18:00:00+02:00")]
    public void StatusAt_Boundaries_OpenAtOpeningClosedAtClosing(string instant, OpenState state, string next)
    {
        AssertStatus(Weekdays, instant, state, next);
    }

    [Theory]
    [InlineData("2026-06-12T09:00:00+02:00", OpenState.Open, "2026-06-12T12:30:00+02:00")]
    [InlineData("2026-06-12T12:30:00+02:00", OpenState.Closed, "2026-06-12T14:00:00+02:00")]
    [InlineData("2026-06-12T14:00:00+02:00", OpenState.Open, "2026-06-12T18:00:00+02:00")]
    public void StatusAt_SeveralSpans_ClosedBetween(string instant, OpenState state, string next)
    {
        AssertStatus("Mo-Fr 08:00-12:30,14:00-18:00", instant, state, next);
    }

    [Theory]
    [InlineData("2026-06-12T17:59:00+02:00", OpenState.Closed, "2026-06-12T18:00:00+02:00")]
    [InlineData("2026-06-12T18:00:00+02:00", OpenState.Open, "2026-06-13T02:00:00+02:00")]
    [InlineData("2026-06-13T01:59:00+02:00", OpenState.Open, "2026-06-13T02:00:00+02:00")]
    [InlineData("2026-06-13T02:00:00+02:00", OpenState.Closed, "2026-06-13T18:00:00+02:00")]
    [InlineData("2026-06-13T23:00:00+02:00", OpenState.Open, "2026-06-14T02:00:00+02:00")]
    [InlineData("2026-06-14T01:59:00+02:00", OpenState.Open, "2026-06-14T02:00:00+02:00")]
    [InlineData("2026-06-14T02:00:00+02:00", OpenState.Closed, "2026-06-19T18:00:00+02:00")]
    [InlineData("2026-06-12T01:00:00+02:00", OpenState.Closed, "2026-06-12T18:00:00+02:00")]
    public void StatusAt_SpanPastMidnight_RunsIntoNextDay(string instant, OpenState state, string next)
    {
        AssertStatus("Fr-Sa 18:00-02:00", instant, state, next);
    }

    [Theory]
    [InlineData("2026-06-12T23:00:00+02:00", OpenState.Open, "2026-06-13T00:00:00+02:00")]
    [InlineData("2026-06-13T00:00:00+02:00", OpenState.Closed, "2026-06-15T18:00:00+02:00")]
    [InlineData("2026-06-13T01:00:00+02:00", OpenState.Closed, "2026-06-15T18:00:00+02:00")]
    [InlineData("2026-06-12T01:00:00+02:00", OpenState.Open, "2026-06-12T02:00:00+02:00")]
    public void StatusAt_LaterRuleNamesNextDay_DecidesItFromMidnight(string instant, OpenState state, string next)
    {
        AssertStatus("Mo-Fr 18:00-02:00; Sa off", instant, state, next);
    }

    [Theory]
    [InlineData("2026-12-24T23:00:00+01:00", OpenState.Open, "2026-12-25T00:00:00+01:00")]
    [InlineData("2026-12-25T00:00:00+01:00", OpenState.Closed, "2026-12-27T18:00:00+01:00")]
    [InlineData("2026-12-25T01:00:00+01:00", OpenState.Closed, "2026-12-27T18:00:00+01:00")]
    [InlineData("2026-12-25T19:00:00+01:00", OpenState.Closed, "2026-12-27T18:00:00+01:00")]
    [InlineData("2026-12-26T19:00:00+01:00", OpenState.Closed, "2026-12-27T18:00:00+01:00")]
    [InlineData("2026-12-27T00:00:00+01:00", OpenState.Closed, "2026-12-27T18:00:00+01:00")]
    [InlineData("2026-12-27T01:59:00+01:00", OpenState.Closed, "2026-12-27T18:00:00+01:00")]
    [InlineData("2026-12-27T18:00:00+01:00", OpenState.Open, "2026-12-28T02:00:00+01:00")]
    [InlineData("2026-12-28T01:00:00+01:00", OpenState.Open, "2026-12-28T02:00:00+01:00")]
    public void StatusAt_SpanOfReplacedDay_GoesWithIt(string instant, OpenState state, string next)
    {
        AssertStatus("Mo-Su 18:00-02:00; PH off", instant, state, next);
    }

    [Theory]
    [InlineData("2026-06-12T01:00:00+02:00", OpenState.Closed, "2026-06-12T18:00:00+02:00")]
    [InlineData("2026-06-12T23:00:00+02:00", OpenState.Open, "2026-06-13T02:00:00+02:00")]
    [InlineData("2026-06-13T01:00:00+02:00", OpenState.Open, "2026-06-13T02:00:00+02:00")]
    [InlineData("2026-06-13T11:00:00+02:00", OpenState.Open, "2026-06-13T12:00:00+02:00")]
    public void StatusAt_SpillFromLaterRule_BeatsEarlierRuleOfNextDay(string instant, OpenState state, string next)
    {
        AssertStatus("Mo-Su 10:00-12:00; Fr 18:00-02:00", instant, state, next);
    }

    [Theory]
    [InlineData("2026-06-04T10:00:00+02:00", OpenState.Closed, "2026-06-05T09:00:00+02:00")] // Fronleichnam
    [InlineData("2026-06-05T10:00:00+02:00", OpenState.Open, "2026-06-05T18:00:00+02:00")]
    [InlineData("2026-06-03T17:59:00+02:00", OpenState.Open, "2026-06-03T18:00:00+02:00")]
    [InlineData("2026-12-25T10:00:00+01:00", OpenState.Closed, "2026-12-28T09:00:00+01:00")]
    [InlineData("2026-12-26T10:00:00+01:00", OpenState.Closed, "2026-12-28T09:00:00+01:00")]
    [InlineData("2026-12-31T10:00:00+01:00", OpenState.Open, "2026-12-31T18:00:00+01:00")]
    [InlineData("2027-01-01T10:00:00+01:00", OpenState.Closed, "2027-01-02T09:00:00+01:00")]
    [InlineData("2025-11-01T10:00:00+01:00", OpenState.Closed, "2025-11-03T09:00:00+01:00")] // Allerheiligen, Saturday
    public void StatusAt_PublicHolidaysOfNrw_Closed(string instant, OpenState state, string next)
    {
        AssertStatus("Mo-Sa 09:00-18:00; PH off", instant, state, next);
    }

    [Theory]
    [InlineData("2026-11-01T11:00:00+01:00", OpenState.Open, "2026-11-01T12:00:00+01:00")] // Allerheiligen, Sunday
    [InlineData("2026-11-01T09:00:00+01:00", OpenState.Closed, "2026-11-01T10:00:00+01:00")]
    [InlineData("2026-11-08T11:00:00+01:00", OpenState.Closed, "2026-11-09T09:00:00+01:00")]
    public void StatusAt_HoursOnPublicHolidays_ReplaceTheWeekday(string instant, OpenState state, string next)
    {
        AssertStatus("Mo-Fr 09:00-18:00; PH 10:00-12:00", instant, state, next);
    }

    [Theory]
    [InlineData("2026-12-24T09:30:00+01:00", OpenState.Closed, "2026-12-24T10:00:00+01:00")]
    [InlineData("2026-12-24T10:00:00+01:00", OpenState.Open, "2026-12-24T14:00:00+01:00")]
    [InlineData("2026-12-24T14:00:00+01:00", OpenState.Closed, "2026-12-28T09:00:00+01:00")]
    [InlineData("2026-12-23T17:00:00+01:00", OpenState.Open, "2026-12-23T18:00:00+01:00")]
    public void StatusAt_ChristmasEve_IsNoHolidayButItsOwnDate(string instant, OpenState state, string next)
    {
        AssertStatus("Mo-Sa 09:00-18:00; Dec 24 10:00-14:00; PH off", instant, state, next);
    }

    [Theory]
    [InlineData("2026-07-01T09:30:00+02:00", OpenState.Closed, "2026-07-01T10:00:00+02:00")]
    [InlineData("2026-07-01T18:30:00+02:00", OpenState.Open, "2026-07-01T19:00:00+02:00")]
    [InlineData("2026-09-01T09:30:00+02:00", OpenState.Open, "2026-09-01T17:00:00+02:00")]
    [InlineData("2026-08-31T18:30:00+02:00", OpenState.Open, "2026-08-31T19:00:00+02:00")]
    [InlineData("2026-05-29T18:30:00+02:00", OpenState.Closed, "2026-06-01T10:00:00+02:00")]
    public void StatusAt_MonthRange_ReplacesWeekdaysInThoseMonths(string instant, OpenState state, string next)
    {
        AssertStatus("Mo-Fr 09:00-17:00; Jun-Aug Mo-Fr 10:00-19:00", instant, state, next);
    }

    [Theory]
    [InlineData("2026-01-15T17:00:00+01:00", OpenState.Closed, "2026-01-16T10:00:00+01:00")]
    [InlineData("2026-12-15T17:00:00+01:00", OpenState.Closed, "2026-12-16T10:00:00+01:00")]
    [InlineData("2026-03-15T17:00:00+01:00", OpenState.Open, "2026-03-15T20:00:00+01:00")]
    [InlineData("2026-10-31T19:00:00+01:00", OpenState.Open, "2026-10-31T20:00:00+01:00")]
    [InlineData("2026-02-28T17:00:00+01:00", OpenState.Closed, "2026-03-01T10:00:00+01:00")]
    public void StatusAt_MonthRangeAcrossYearEnd_Wraps(string instant, OpenState state, string next)
    {
        AssertStatus("Mo-Su 10:00-20:00; Nov-Feb 10:00-16:00", instant, state, next);
    }

    [Theory]
    [InlineData("2026-12-24T12:00:00+01:00", OpenState.Closed, "2027-01-07T10:00:00+01:00")]
    [InlineData("2027-01-06T12:00:00+01:00", OpenState.Closed, "2027-01-07T10:00:00+01:00")]
    [InlineData("2026-12-23T12:00:00+01:00", OpenState.Open, "2026-12-23T18:00:00+01:00")]
    public void StatusAt_DateRangeAcrossYearEnd_Wraps(string instant, OpenState state, string next)
    {
        AssertStatus("Mo-Su 10:00-18:00; Dec 24-Jan 06 off", instant, state, next);
    }

    [Theory]
    [InlineData("2026-06-12T10:30:00+02:00", OpenState.Open)] // Friday
    [InlineData("2026-06-14T10:30:00+02:00", OpenState.Open)] // Sunday
    [InlineData("2026-06-15T10:30:00+02:00", OpenState.Open)] // Monday
    [InlineData("2026-06-16T10:30:00+02:00", OpenState.Closed)] // Tuesday
    [InlineData("2026-06-11T10:30:00+02:00", OpenState.Closed)] // Thursday
    public void StatusAt_WeekdayRangeAcrossWeekEnd_Wraps(string instant, OpenState state)
    {
        Assert.Equal(state, Status("Fr-Mo 10:00-12:00", instant).State);
    }

    [Theory]
    [InlineData("2026-06-10T11:59:00+02:00", OpenState.Open, "2026-06-10T12:00:00+02:00")]
    [InlineData("2026-06-10T12:00:00+02:00", OpenState.Closed, "2026-06-10T14:00:00+02:00")]
    [InlineData("2026-06-10T14:00:00+02:00", OpenState.Open, "2026-06-10T18:00:00+02:00")]
    [InlineData("2026-06-09T13:00:00+02:00", OpenState.Open, "2026-06-09T18:00:00+02:00")]
    public void StatusAt_ClosedTimesOfLaterRule_CloseOnlyThoseTimes(string instant, OpenState state, string next)
    {
        AssertStatus("Mo-Fr 08:00-18:00; We 12:00-14:00 off", instant, state, next);
    }

    [Fact]
    public void StatusAt_CommentWithoutState_UnknownWithComment()
    {
        const string hours = "Mo-Fr 09:00-17:00 \"nach Vereinbarung\"";

        AssertStatus(hours, "2026-06-08T10:00:00+02:00", OpenState.Unknown, "2026-06-08T17:00:00+02:00", "nach Vereinbarung");
        AssertStatus(hours, "2026-06-08T18:00:00+02:00", OpenState.Closed, "2026-06-09T09:00:00+02:00");
    }

    [Fact]
    public void StatusAt_UnknownStateWithComment_UnknownWithComment()
    {
        AssertStatus("Mo-Sa 10:00-18:00; Su unknown \"Notdienst\"", "2026-06-14T03:00:00+02:00",
            OpenState.Unknown, "2026-06-15T00:00:00+02:00", "Notdienst");
    }

    [Fact]
    public void StatusAt_OpenWithComment_OpenWithComment()
    {
        AssertStatus("Mo-Fr 09:00-17:00 open \"Hofladen\"", "2026-06-08T10:00:00+02:00",
            OpenState.Open, "2026-06-08T17:00:00+02:00", "Hofladen");
    }

    [Fact]
    public void StatusAt_ClosedDayWithComment_ShowsComment()
    {
        AssertStatus("Mo-Sa 10:00-18:00; Su off \"Ruhetag\"", "2026-06-14T12:00:00+02:00",
            OpenState.Closed, "2026-06-15T10:00:00+02:00", "Ruhetag");
    }

    [Fact]
    public void StatusAt_OnlyCommentChanges_IsNoChange()
    {
        AssertStatus("Mo 20:00-02:00 open \"Bar\"; Tu 00:00-08:00 open \"Frühstück\"", "2026-06-08T21:00:00+02:00",
            OpenState.Open, "2026-06-09T08:00:00+02:00", "Bar");
        AssertStatus("Mo 20:00-02:00 open \"Bar\"; Tu 00:00-08:00 open \"Frühstück\"", "2026-06-09T01:00:00+02:00",
            OpenState.Open, "2026-06-09T08:00:00+02:00", "Frühstück");
    }

    [Theory]
    [InlineData("24/7", OpenState.Open)]
    [InlineData("off", OpenState.Closed)]
    [InlineData("Su off", OpenState.Closed)]
    [InlineData("Mo-Su 00:00-24:00", OpenState.Open)]
    [InlineData("Mo-Fr 00:00-24:00; Sa-Su open", OpenState.Open)]
    [InlineData("unknown \"auf Anfrage\"", OpenState.Unknown)]
    public void StatusAt_StateNeverChanges_NextChangeNull(string hours, OpenState state)
    {
        foreach (var instant in new[] { "2026-03-29T02:30:00+01:00", "2026-06-12T12:00:00+02:00", "2026-12-25T00:00:00+01:00" })
        {
            var status = Status(hours, instant);

            Assert.Equal(state, status.State);
            Assert.Null(status.NextChange);
            Assert.Equal(state, OpeningHoursSchedule.Parse(hours).StateAt(At(instant), Calendar));
        }
    }

    [Fact]
    public void StatusAt_OpenEveryDayButHolidays_NextChangeAtHoliday()
    {
        AssertStatus("24/7; PH off", "2026-12-20T12:00:00+01:00", OpenState.Open, "2026-12-25T00:00:00+01:00");
    }

    [Fact]
    public void StatusAt_SingleDateYearly_NextChangeNextYear()
    {
        AssertStatus("Dec 24 10:00-14:00", "2026-12-24T14:00:00+01:00", OpenState.Closed, "2027-12-24T10:00:00+01:00");
    }

    [Fact]
    public void StatusAt_LeapDay_NextChangeInNextLeapYear()
    {
        AssertStatus("Feb 29 10:00-14:00", "2025-03-01T10:00:00+01:00", OpenState.Closed, "2028-02-29T10:00:00+01:00");
    }

    [Fact]
    public void StatusAt_WithoutDays_AppliesEveryDay()
    {
        AssertStatus("10:00-18:00", "2026-06-14T18:00:00+02:00", OpenState.Closed, "2026-06-15T10:00:00+02:00");
    }

    [Fact]
    public void StatusAt_DateOverridesWeekdayRuleOnlyThatDay()
    {
        const string hours = "Mo-Sa 10:00-19:00; Dec 24 10:00-13:00";

        AssertStatus(hours, "2026-12-24T13:00:00+01:00", OpenState.Closed, "2026-12-25T10:00:00+01:00");
        AssertStatus(hours, "2026-12-23T13:00:00+01:00", OpenState.Open, "2026-12-23T19:00:00+01:00");
    }
}
