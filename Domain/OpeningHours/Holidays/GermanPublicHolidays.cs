namespace HalloBot.Domain.OpeningHours.Holidays;

/// <summary>Statutory public holidays per German state.</summary>
public static class GermanPublicHolidays
{
    public static bool IsHoliday(DateOnly date, GermanState state) =>
        throw new NotImplementedException();
}
