using HalloBot.Domain.OpeningHours;
using static HalloBot.UnitTests.OpeningHours.StatusAssertions;

namespace HalloBot.UnitTests.OpeningHours;

/// <summary>2026: clocks go forward on Sunday 29 March at 02:00 and back on Sunday 25 October at 03:00.</summary>
public class OpeningHoursClockChangeTests
{
    [Theory]
    [InlineData("2026-03-28T21:59:00+01:00", OpenState.Closed, "2026-03-28T22:00:00+01:00")]
    [InlineData("2026-03-28T22:00:00+01:00", OpenState.Open, "2026-03-29T04:00:00+02:00")]
    [InlineData("2026-03-29T01:59:00+01:00", OpenState.Open, "2026-03-29T04:00:00+02:00")]
    [InlineData("2026-03-29T03:00:00+02:00", OpenState.Open, "2026-03-29T04:00:00+02:00")]
    [InlineData("2026-03-29T04:00:00+02:00", OpenState.Closed, "2026-04-04T22:00:00+02:00")]
    public void StatusAt_SpanAcrossSpringForwardNight_EndsOnNewClock(string instant, OpenState state, string next)
    {
        AssertStatus("Sa 22:00-04:00", instant, state, next);
    }

    [Theory]
    [InlineData("2026-03-29T01:59:00+01:00", OpenState.Closed, "2026-03-29T03:30:00+02:00")]
    [InlineData("2026-03-29T03:00:00+02:00", OpenState.Closed, "2026-03-29T03:30:00+02:00")]
    [InlineData("2026-03-29T03:29:00+02:00", OpenState.Closed, "2026-03-29T03:30:00+02:00")]
    [InlineData("2026-03-29T03:30:00+02:00", OpenState.Open, "2026-03-29T05:00:00+02:00")]
    public void StatusAt_OpeningInSkippedHour_MovedForwardAnHour(string instant, OpenState state, string next)
    {
        AssertStatus("Su 02:30-05:00", instant, state, next);
    }

    [Theory]
    [InlineData("2026-03-29T01:00:00+01:00", OpenState.Open, "2026-03-29T03:30:00+02:00")]
    [InlineData("2026-03-29T03:15:00+02:00", OpenState.Open, "2026-03-29T03:30:00+02:00")]
    [InlineData("2026-03-29T03:30:00+02:00", OpenState.Closed, "2026-04-04T22:00:00+02:00")]
    public void StatusAt_ClosingInSkippedHour_MovedForwardAnHour(string instant, OpenState state, string next)
    {
        AssertStatus("Sa 22:00-02:30", instant, state, next);
    }

    [Fact]
    public void StatusAt_SpanWhollyInSkippedHour_NeverOpens()
    {
        AssertStatus("Su 02:00-03:00", "2026-03-29T01:30:00+01:00", OpenState.Closed, "2026-04-05T02:00:00+02:00");
    }

    [Theory]
    [InlineData("2026-10-24T22:00:00+02:00", OpenState.Open, "2026-10-25T04:00:00+01:00")]
    [InlineData("2026-10-25T02:30:00+02:00", OpenState.Open, "2026-10-25T04:00:00+01:00")]
    [InlineData("2026-10-25T02:30:00+01:00", OpenState.Open, "2026-10-25T04:00:00+01:00")]
    [InlineData("2026-10-25T03:59:00+01:00", OpenState.Open, "2026-10-25T04:00:00+01:00")]
    [InlineData("2026-10-25T04:00:00+01:00", OpenState.Closed, "2026-10-31T22:00:00+01:00")]
    public void StatusAt_SpanAcrossFallBackNight_LastsAnHourLonger(string instant, OpenState state, string next)
    {
        AssertStatus("Sa 22:00-04:00", instant, state, next);
    }

    [Theory]
    [InlineData("2026-10-25T02:00:00+02:00", OpenState.Closed, "2026-10-25T02:30:00+02:00")]
    [InlineData("2026-10-25T02:30:00+02:00", OpenState.Open, "2026-10-25T05:00:00+01:00")]
    [InlineData("2026-10-25T02:15:00+01:00", OpenState.Open, "2026-10-25T05:00:00+01:00")]
    public void StatusAt_OpeningInDoubledHour_MeansFirstOccurrence(string instant, OpenState state, string next)
    {
        AssertStatus("Su 02:30-05:00", instant, state, next);
    }

    [Theory]
    [InlineData("2026-10-25T02:15:00+02:00", OpenState.Open, "2026-10-25T02:30:00+02:00")]
    [InlineData("2026-10-25T02:30:00+02:00", OpenState.Closed, "2026-10-31T22:00:00+01:00")]
    [InlineData("2026-10-25T02:15:00+01:00", OpenState.Closed, "2026-10-31T22:00:00+01:00")]
    public void StatusAt_ClosingInDoubledHour_MeansFirstOccurrence(string instant, OpenState state, string next)
    {
        AssertStatus("Sa 22:00-02:30", instant, state, next);
    }

    [Theory]
    [InlineData("2026-03-27T18:00:00+01:00", "2026-03-30T08:00:00+02:00")]
    [InlineData("2026-10-23T18:00:00+02:00", "2026-10-26T08:00:00+01:00")]
    public void StatusAt_NextChangeAcrossClockChange_HasOffsetOfItsDay(string instant, string next)
    {
        AssertStatus("Mo-Fr 08:00-18:00", instant, OpenState.Closed, next);
    }
}
