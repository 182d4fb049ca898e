using HalloBot.Domain.OpeningHours;

namespace HalloBot.Domain.Reservations;

/// <summary>
/// The shop's working days: every day but Sundays and the state's public holidays (Saturdays count, as in German
/// retail). Deadlines are reckoned in the region's local time and answered in UTC.
/// </summary>
public sealed class WorkingDays(OpeningHoursCalendar calendar)
{
    public OpeningHoursCalendar Calendar { get; } = calendar;

    public bool IsWorkingDay(DateOnly date) => date.DayOfWeek != DayOfWeek.Sunday && !Calendar.IsPublicHoliday(date);

    /// <summary>The first working day after <paramref name="date"/>.</summary>
    public DateOnly Next(DateOnly date)
    {
        var day = date.AddDays(1);
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary><paramref name="date"/> itself when it is a working day, else the next one.</summary>
    public DateOnly OnOrAfter(DateOnly date) => IsWorkingDay(date) ? date : Next(date);

    /// <summary>The <paramref name="count"/>-th working day counted from <paramref name="first"/> (itself the first when it is one).</summary>
    public DateOnly NthFrom(DateOnly first, int count)
    {
        var day = OnOrAfter(first);
        for (var i = 1; i < count; i++)
        {
            day = Next(day);
        }

        return day;
    }

    /// <summary>
    /// One working day after <paramref name="utc"/>: the same time of day on the next working day. A moment on a
    /// Sunday or holiday starts counting at the beginning of the next working day, so the shop always gets one whole
    /// working day (a request on Sunday is due at the end of Monday).
    /// </summary>
    public DateTime OneWorkingDayAfter(DateTime utc)
    {
        var local = ToLocal(utc);
        var date = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        if (!IsWorkingDay(date))
        {
            date = Next(date);
            time = TimeOnly.MinValue;
        }

        return ToUtc(Next(date), time);
    }

    public DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>The moment a local day ends (midnight after it), in UTC.</summary>
    public DateTime EndOf(DateOnly date) => ToUtc(date.AddDays(1), TimeOnly.MinValue);

    public DateTime ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);

        // A wall-clock time skipped when the clocks go forward does not exist: take the moment the clocks jump to.
        while (Calendar.TimeZone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, Calendar.TimeZone);
    }

    private DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Calendar.TimeZone);
}
