namespace HalloBot.Domain.OpeningHours;

/// <summary>
/// Opening hours in the OpenStreetMap <c>opening_hours</c> subset of the listing exchange format,
/// evaluated in a time zone with a state's public holidays.
/// </summary>
public sealed class OpeningHoursSchedule
{
    private OpeningHoursSchedule(string text) => Text = text;

    /// <summary>The string as given (trimmed).</summary>
    public string Text { get; }

    /// <summary>Parses <paramref name="text"/> or says where and what was expected.</summary>
    public static OpeningHoursParseResult TryParse(string text) =>
        throw new NotImplementedException();

    /// <exception cref="OpeningHoursFormatException">The text is outside the supported subset.</exception>
    public static OpeningHoursSchedule Parse(string text)
    {
        var result = TryParse(text);
        return result.Schedule ?? throw new OpeningHoursFormatException(result.Error!);
    }

    /// <summary>Open, closed or unknown at <paramref name="instant"/>, with the comment and the next change.</summary>
    public OpenStatus StatusAt(DateTimeOffset instant, OpeningHoursCalendar calendar) =>
        throw new NotImplementedException();

    /// <summary>The hours of each of the seven local days from <paramref name="firstDay"/>, for a week table.</summary>
    public IReadOnlyList<DayHours> Days(DateOnly firstDay, int count, OpeningHoursCalendar calendar) =>
        throw new NotImplementedException();

    public override string ToString() => Text;
}
