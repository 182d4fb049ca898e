using System.Globalization;
using HalloBot.Domain.OpeningHours;

namespace HalloBot.UnitTests.OpeningHours;

/// <summary>Reads instants with their offset written out, so every test says which wall time it means.</summary>
internal static class StatusAssertions
{
    public static OpeningHoursCalendar Calendar => OpeningHoursCalendar.Bottrop;

    public static DateTimeOffset At(string instant) =>
        DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static OpenStatus Status(string hours, string instant) =>
        OpeningHoursSchedule.Parse(hours).StatusAt(At(instant), Calendar);

    public static void AssertStatus(string hours, string instant, OpenState state, string? nextChange, string? comment = null)
    {
        var status = Status(hours, instant);

        Assert.Equal(state, status.State);
        Assert.Equal(comment, status.Comment);
        if (nextChange is null)
        {
            Assert.Null(status.NextChange);
        }
        else
        {
            Assert.NotNull(status.NextChange);
            var expected = At(nextChange);
            Assert.Equal(expected, status.NextChange.Value);
            Assert.Equal(expected.Offset, status.NextChange.Value.Offset);
        }
    }
}
