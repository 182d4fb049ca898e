namespace HalloBot.Domain.OpeningHours.Evaluation;

/// <summary>Local wall-clock times of the rules as instants, by the format's clock-change rule.</summary>
internal static class WallClock
{
    /// <summary>
    /// The instant of <paramref name="minutes"/> after local midnight of <paramref name="date"/>. A time that
    /// occurs twice (the night the clocks go back) means its first occurrence; a time that does not exist
    /// (the night they go forward) is moved forward by the skipped amount, 02:30 becoming 03:30.
    /// </summary>
    public static DateTimeOffset ToInstant(DateOnly date, int minutes, TimeZoneInfo timeZone)
    {
        var wall = date.ToDateTime(TimeOnly.MinValue).AddMinutes(minutes);
        TimeSpan offset;
        if (timeZone.IsInvalidTime(wall))
        {
            // Read with the offset from before the jump (a day earlier: zones change at most once a day),
            // the instant lands the skipped amount later on the new clock.
            offset = timeZone.GetUtcOffset(wall.AddDays(-1));
        }
        else if (timeZone.IsAmbiguousTime(wall))
        {
            // The larger offset is the earlier instant.
            offset = timeZone.GetAmbiguousTimeOffsets(wall).Max();
        }
        else
        {
            offset = timeZone.GetUtcOffset(wall);
        }

        return TimeZoneInfo.ConvertTime(new DateTimeOffset(wall, offset), timeZone);
    }
}
