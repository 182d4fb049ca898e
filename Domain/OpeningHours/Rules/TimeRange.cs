namespace HalloBot.Domain.OpeningHours.Rules;

/// <summary>
/// Minutes from the start of the day the span begins on; <see cref="End"/> is above 1440 for a span past
/// midnight (18:00-02:00 is 1080–1560) and exactly 1440 for one ending at 24:00.
/// </summary>
internal readonly record struct TimeRange(int Start, int End)
{
    public const int MinutesPerDay = 24 * 60;

    public static readonly TimeRange WholeDay = new(0, MinutesPerDay);
}
