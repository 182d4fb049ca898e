using HalloBot.Domain.OpeningHours.Holidays;

namespace HalloBot.Domain.OpeningHours;

/// <summary>The time zone and the public holidays that opening hours are read in.</summary>
public sealed class OpeningHoursCalendar(TimeZoneInfo timeZone, GermanState state)
{
    public static OpeningHoursCalendar Bottrop { get; } =
        new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), GermanState.NW);

    public TimeZoneInfo TimeZone { get; } = timeZone;
    public GermanState State { get; } = state;

    public bool IsPublicHoliday(DateOnly date) => GermanPublicHolidays.IsHoliday(date, State);
}
