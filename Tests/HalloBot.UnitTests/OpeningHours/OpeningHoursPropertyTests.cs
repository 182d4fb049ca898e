using FsCheck.Xunit;
using HalloBot.Domain.OpeningHours;
using HalloBot.Domain.OpeningHours.Rules;
using static HalloBot.UnitTests.OpeningHours.StatusAssertions;

namespace HalloBot.UnitTests.OpeningHours;

[Properties(Arbitrary = [typeof(OpeningHoursGenerators)], MaxTest = 300)]
public class OpeningHoursPropertyTests
{
    [Property]
    public void TryParse_GeneratedSchedule_RoundTrips(ScheduleCase schedule)
    {
        var plain = OpeningHoursSchedule.TryParse(schedule.Plain);
        var noisy = OpeningHoursSchedule.TryParse(schedule.Noisy);

        Assert.True(plain.Success, plain.Error?.ToString());
        Assert.True(noisy.Success, noisy.Error?.ToString());
        Assert.Equal(schedule.Plain.Trim(), plain.Schedule!.Text);
        Assert.Equal(schedule.Noisy.Trim(), noisy.Schedule!.Text);

        var canonical = OpeningHoursFormatter.Format(plain.Schedule.Rules);
        Assert.Equal(canonical, OpeningHoursFormatter.Format(noisy.Schedule.Rules));
        Assert.Equal(canonical, OpeningHoursFormatter.Format(OpeningHoursSchedule.Parse(canonical).Rules));
        Assert.Equal(canonical, OpeningHoursSchedule.Parse(canonical).Text);
    }

    [Property]
    public void StatusAt_GeneratedSchedule_StateHoldsUntilNextChangeAndChangesThere(ScheduleCase schedule, InstantCase instant)
    {
        var hours = OpeningHoursSchedule.Parse(schedule.Plain);
        var at = instant.Instant;
        var status = hours.StatusAt(at, Calendar);

        if (status.NextChange is not { } next)
        {
            foreach (var hoursLater in new[] { 1, 7, 30, 100, 200 })
            {
                Assert.Equal(status.State, hours.StatusAt(at.AddHours(hoursLater), Calendar).State);
            }

            return;
        }

        Assert.True(next > at, $"next change {next:O} not after {at:O}");
        Assert.Equal(Calendar.TimeZone.GetUtcOffset(next), next.Offset);
        Assert.NotEqual(status.State, hours.StatusAt(next, Calendar).State);
        foreach (var fraction in new[] { 0.25, 0.5, 0.75 })
        {
            var between = at + ((next - at) * fraction);
            Assert.Equal(status.State, hours.StatusAt(between, Calendar).State);
        }

        var justBefore = next.AddSeconds(-1);
        if (justBefore > at)
        {
            Assert.Equal(status.State, hours.StatusAt(justBefore, Calendar).State);
        }
    }

    [Property]
    public void StateAt_GeneratedSchedule_EqualsTheStateOfStatusAt(ScheduleCase schedule, InstantCase instant)
    {
        var hours = OpeningHoursSchedule.Parse(schedule.Plain);
        foreach (var at in new[] { instant.Instant, instant.Instant.AddMinutes(30), instant.Instant.AddHours(13) })
        {
            Assert.Equal(hours.StatusAt(at, Calendar).State, hours.StateAt(at, Calendar));
        }
    }

    [Property]
    public void Days_GeneratedSchedule_SpansAgreeWithStatus(ScheduleCase schedule, InstantCase instant)
    {
        var hours = OpeningHoursSchedule.Parse(schedule.Plain);
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant.Instant, Calendar.TimeZone).DateTime);
        var day = hours.Days(date, 1, Calendar).Single();

        Assert.Equal(Calendar.IsPublicHoliday(date), day.IsPublicHoliday);
        foreach (var span in day.Spans)
        {
            // Wall-clock 12:00 noon-side probes avoid the hours the clocks skip or repeat.
            var start = span.Start.ToTimeSpan();
            var probe = date.ToDateTime(TimeOnly.MinValue) + start;
            if (probe.Hour is >= 2 and < 4)
            {
                continue;
            }

            var offset = Calendar.TimeZone.GetUtcOffset(probe);
            Assert.Equal(span.State, hours.StatusAt(new DateTimeOffset(probe, offset), Calendar).State);
        }
    }

    [Property]
    public void TryParse_ValidScheduleWithBrokenTail_ErrorInTheTail(BrokenCase broken)
    {
        var result = OpeningHoursSchedule.TryParse(broken.Text);

        Assert.False(result.Success);
        Assert.NotNull(result.Error);
        Assert.InRange(result.Error.Position, broken.ValidPrefix.Length, broken.Text.Length);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Message));
    }

    [Property(MaxTest = 1000)]
    public void TryParse_AnyString_NeverThrowsAndErrorPositionInText(SoupCase soup)
    {
        var text = soup.Text;
        var result = OpeningHoursSchedule.TryParse(text);

        Assert.True(result.Success ^ (result.Error is not null));
        if (result.Error is { } error)
        {
            Assert.InRange(error.Position, 0, text.Length);
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
        }
        else
        {
            // Whatever parses must be evaluable.
            _ = result.Schedule!.StatusAt(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), Calendar);
        }
    }
}
