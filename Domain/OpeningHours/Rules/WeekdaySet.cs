namespace HalloBot.Domain.OpeningHours.Rules;

/// <summary>A set of weekdays, Monday first as in the opening_hours syntax, plus the public-holiday flag.</summary>
internal readonly record struct WeekdaySet(byte Mask, bool PublicHolidays)
{
    public const byte AllDays = 0b111_1111;

    public static int IndexOf(DayOfWeek day) => ((int)day + 6) % 7;

    /// <summary>The days from <paramref name="first"/> to <paramref name="last"/>, across the week's end when last is earlier.</summary>
    public static byte Range(int first, int last)
    {
        byte mask = 0;
        for (var day = first; ; day = (day + 1) % 7)
        {
            mask |= (byte)(1 << day);
            if (day == last)
            {
                return mask;
            }
        }
    }

    public bool ContainsWeekday(DayOfWeek day) => (Mask & (1 << IndexOf(day))) != 0;
}
