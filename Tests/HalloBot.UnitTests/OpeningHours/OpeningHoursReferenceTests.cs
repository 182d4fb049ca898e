using HalloBot.Domain.OpeningHours;
using static HalloBot.UnitTests.OpeningHours.StatusAssertions;

namespace HalloBot.UnitTests.OpeningHours;

/// <summary>
/// How rules combine, checked against the reference implementation: the expected states are what opening_hours.js
/// 3.15.0 (npm <c>opening_hours</c>, evaluated with TZ=Europe/Berlin and an NRW location) reports for the same value
/// and instants, except where a comment says the format departs from it on purpose. In the reference a later rule with
/// days and state open or unknown (a comment alone counts as unknown) drops what earlier rules said about a day it
/// applies to; a closed rule drops nothing and only closes its own times (the whole day when it has none).
/// </summary>
public class OpeningHoursReferenceTests
{
    // Reference: We open 08:00-12:00 and 14:00-18:00, closed "Mittag" 12:00-14:00.
    [Theory]
    [InlineData("2026-06-10T11:00:00+02:00", OpenState.Open, "2026-06-10T12:00:00+02:00", null)]
    [InlineData("2026-06-10T12:00:00+02:00", OpenState.Closed, "2026-06-10T14:00:00+02:00", "Mittag")]
    [InlineData("2026-06-10T14:00:00+02:00", OpenState.Open, "2026-06-10T18:00:00+02:00", null)]
    public void StatusAt_ClosedTimesWithComment_CloseOnlyThoseTimes(string instant, OpenState state, string next, string? comment)
    {
        AssertStatus("Mo-Fr 08:00-18:00; We 12:00-14:00 off \"Mittag\"", instant, state, next, comment);
    }

    // Reference: an unknown rule with times replaces the day: We closed until 12:00, unknown 12:00-14:00, then closed.
    [Theory]
    [InlineData("Mo-Fr 08:00-18:00; We 12:00-14:00 unknown", null)]
    [InlineData("Mo-Fr 08:00-18:00; We 12:00-14:00 \"Mittag\"", "Mittag")]
    public void StatusAt_UnknownTimesOfLaterRule_ReplaceTheDay(string hours, string? comment)
    {
        AssertStatus(hours, "2026-06-10T09:00:00+02:00", OpenState.Closed, "2026-06-10T12:00:00+02:00");
        AssertStatus(hours, "2026-06-10T12:00:00+02:00", OpenState.Unknown, "2026-06-10T14:00:00+02:00", comment);
        AssertStatus(hours, "2026-06-10T14:00:00+02:00", OpenState.Closed, "2026-06-11T08:00:00+02:00");
        AssertStatus(hours, "2026-06-09T09:00:00+02:00", OpenState.Open, "2026-06-09T18:00:00+02:00");
    }

    // Reference: a later open rule replaces the earlier closed times: We open 08:00-18:00.
    [Fact]
    public void StatusAt_ClosedTimesBeforeLaterOpenRule_Dropped()
    {
        AssertStatus("We 12:00-14:00 off; Mo-Fr 08:00-18:00", "2026-06-10T13:00:00+02:00",
            OpenState.Open, "2026-06-10T18:00:00+02:00");
    }

    // Reference: Sa closed from 00:00; the night of Friday ends at midnight.
    [Theory]
    [InlineData("2026-06-12T23:00:00+02:00", OpenState.Open, "2026-06-13T00:00:00+02:00")]
    [InlineData("2026-06-13T01:00:00+02:00", OpenState.Closed, "2026-06-13T10:00:00+02:00")]
    [InlineData("2026-06-13T10:00:00+02:00", OpenState.Open, "2026-06-13T12:00:00+02:00")]
    public void StatusAt_LaterOpenRuleNamesNextDay_DecidesItFromMidnight(string instant, OpenState state, string next)
    {
        AssertStatus("Mo-Fr 18:00-02:00; Sa 10:00-12:00", instant, state, next);
    }

    // Reference: closed times on Saturday leave Friday's night alone: open until 02:00.
    [Fact]
    public void StatusAt_LaterClosedTimesOnNextDay_LeaveTheNight()
    {
        AssertStatus("Mo-Fr 18:00-02:00; Sa 10:00-12:00 off", "2026-06-13T01:00:00+02:00",
            OpenState.Open, "2026-06-13T02:00:00+02:00");
    }

    // Reference (its test "Time ranges spanning midnight"): 22:00-26:00 is 22:00-02:00.
    [Theory]
    [InlineData("Fr 22:00-26:00")]
    [InlineData("Fr 22:00-02:00")]
    public void StatusAt_ExtendedHours_SameAsEndAfterMidnight(string hours)
    {
        AssertStatus(hours, "2026-06-12T21:00:00+02:00", OpenState.Closed, "2026-06-12T22:00:00+02:00");
        AssertStatus(hours, "2026-06-12T22:00:00+02:00", OpenState.Open, "2026-06-13T02:00:00+02:00");
        AssertStatus(hours, "2026-06-13T01:59:00+02:00", OpenState.Open, "2026-06-13T02:00:00+02:00");
        AssertStatus(hours, "2026-06-13T02:00:00+02:00", OpenState.Closed, "2026-06-19T22:00:00+02:00");
    }

    [Fact]
    public void StatusAt_SpanOfAWholeDay_OpenUntilSameTimeNextDay()
    {
        AssertStatus("Sa 10:00-34:00", "2026-06-14T09:59:00+02:00", OpenState.Open, "2026-06-14T10:00:00+02:00");
    }

    // Reference: Saturday closed all day, but Sunday 00:00-02:00 open from Saturday's span. The format departs here on
    // purpose: a span goes with the day it starts on, and "Sa off" took Saturday.
    [Theory]
    [InlineData("2026-06-13T01:00:00+02:00", OpenState.Closed, "2026-06-14T22:00:00+02:00")]
    [InlineData("2026-06-14T01:00:00+02:00", OpenState.Closed, "2026-06-14T22:00:00+02:00")]
    [InlineData("2026-06-12T23:00:00+02:00", OpenState.Open, "2026-06-13T00:00:00+02:00")]
    public void StatusAt_ExtendedHoursOfReplacedDay_GoWithIt(string instant, OpenState state, string next)
    {
        AssertStatus("Mo-Su 22:00-26:00; Sa off", instant, state, next);
    }

    // Reference: a weekday rule after "PH off" opens the holidays again (Fronleichnam 2026-06-04 open 08:00-18:00).
    [Theory]
    [InlineData("PH off; Mo-Fr 08:00-18:00", OpenState.Open, "2026-06-04T18:00:00+02:00")]
    [InlineData("Mo-Fr 08:00-18:00; PH off", OpenState.Closed, "2026-06-05T08:00:00+02:00")]
    [InlineData("Mo-Sa 09:00-18:00; Su,PH off", OpenState.Closed, "2026-06-05T09:00:00+02:00")]
    public void StatusAt_PublicHolidayRuleOrder_LastRuleWins(string hours, OpenState state, string next)
    {
        AssertStatus(hours, "2026-06-04T10:00:00+02:00", state, next);
    }

    // Reference: Pfingstmontag open 08:00-10:00 and 12:00-18:00.
    [Theory]
    [InlineData("2026-05-25T09:00:00+02:00", OpenState.Open, "2026-05-25T10:00:00+02:00")]
    [InlineData("2026-05-25T10:00:00+02:00", OpenState.Closed, "2026-05-25T12:00:00+02:00")]
    [InlineData("2026-05-25T12:00:00+02:00", OpenState.Open, "2026-05-25T18:00:00+02:00")]
    [InlineData("2026-05-26T10:00:00+02:00", OpenState.Open, "2026-05-26T18:00:00+02:00")]
    public void StatusAt_ClosedTimesOnPublicHolidays_CloseOnlyThoseTimes(string instant, OpenState state, string next)
    {
        AssertStatus("Mo-Fr 08:00-18:00; PH 10:00-12:00 off", instant, state, next);
    }

    // Reference: Christi Himmelfahrt 2026-05-14 unknown "Feiertag" all day.
    [Fact]
    public void StatusAt_UnknownOnPublicHolidays_WholeDayWithComment()
    {
        AssertStatus("Mo-Fr 08:00-18:00; PH unknown \"Feiertag\"", "2026-05-14T09:00:00+02:00",
            OpenState.Unknown, "2026-05-15T00:00:00+02:00", "Feiertag");
    }

    // Reference: closed only on the Saturdays and Sundays from Dec 24 to Jan 06; Dec 24 (Thursday) open.
    [Theory]
    [InlineData("2026-12-26T11:00:00+01:00", OpenState.Closed, "2026-12-28T10:00:00+01:00")]
    [InlineData("2027-01-02T11:00:00+01:00", OpenState.Closed, "2027-01-04T10:00:00+01:00")]
    [InlineData("2026-12-24T11:00:00+01:00", OpenState.Open, "2026-12-24T18:00:00+01:00")]
    [InlineData("2026-12-20T11:00:00+01:00", OpenState.Open, "2026-12-20T18:00:00+01:00")]
    public void StatusAt_DateRangeWithWeekdays_BothMustMatch(string instant, OpenState state, string next)
    {
        AssertStatus("Mo-Su 10:00-18:00; Dec 24-Jan 06 Sa,Su off", instant, state, next);
    }

    // Reference: the Saturdays of December only, 10:00-12:00; next is 2027-12-04.
    [Theory]
    [InlineData("2026-11-28T11:00:00+01:00", OpenState.Closed, "2026-12-05T10:00:00+01:00")]
    [InlineData("2026-12-26T11:00:00+01:00", OpenState.Open, "2026-12-26T12:00:00+01:00")]
    [InlineData("2026-12-26T12:00:00+01:00", OpenState.Closed, "2027-12-04T10:00:00+01:00")]
    public void StatusAt_MonthWithWeekday_OnlyThoseDays(string instant, OpenState state, string next)
    {
        AssertStatus("Dec Sa 10:00-12:00", instant, state, next);
    }

    // Reference: July closed, the Saturdays of June and August open 10:00-12:00.
    [Fact]
    public void StatusAt_LaterMonthRule_ReplacesOnlyThatMonth()
    {
        AssertStatus("Jun-Aug Sa 10:00-12:00; Jul off", "2026-06-27T12:00:00+02:00",
            OpenState.Closed, "2026-08-01T10:00:00+02:00");
    }

    // The reference adds a rule without days to an earlier rule with days (Mo-Fr 08:00-18:00 and every day
    // 10:00-12:00). The specification says a rule without days applies to every day, and the format that a later rule
    // replaces what earlier rules said about its days: every day 10:00-12:00 only.
    [Fact]
    public void StatusAt_LaterRuleWithoutDays_ReplacesEveryDay()
    {
        AssertStatus("Mo-Fr 08:00-18:00; 10:00-12:00", "2026-06-08T09:00:00+02:00",
            OpenState.Closed, "2026-06-08T10:00:00+02:00");
        AssertStatus("Mo-Fr 08:00-18:00; 10:00-12:00", "2026-06-13T11:00:00+02:00",
            OpenState.Open, "2026-06-13T12:00:00+02:00");
    }

    // Reference: Dec 25 00:00-02:00 open from Dec 24's span, since "Dec 24 off" closes only Dec 24. The format departs
    // on purpose: Dec 24's span went with Dec 24.
    [Fact]
    public void StatusAt_DateClosedAllDay_TakesItsNightAlong()
    {
        AssertStatus("Mo-Su 18:00-02:00; Dec 24 off", "2026-12-25T01:00:00+01:00",
            OpenState.Closed, "2026-12-25T18:00:00+01:00");
        AssertStatus("Mo-Su 18:00-02:00; Dec 24 off", "2026-12-24T01:00:00+01:00",
            OpenState.Closed, "2026-12-25T18:00:00+01:00");
    }

    // The reference matches none of "Feb 01-29" in a year without Feb 29; the days of the range that exist are meant.
    [Fact]
    public void StatusAt_RangeToFeb29InCommonYear_CoversTheDaysThatExist()
    {
        AssertStatus("Feb 01-29 10:00-12:00", "2027-02-28T11:00:00+01:00", OpenState.Open, "2027-02-28T12:00:00+01:00");
        AssertStatus("Feb 01-29 10:00-12:00", "2027-02-28T12:00:00+01:00", OpenState.Closed, "2028-02-01T10:00:00+01:00");
    }
}
