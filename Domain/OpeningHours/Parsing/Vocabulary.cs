using HalloBot.Domain.OpeningHours.Rules;

namespace HalloBot.Domain.OpeningHours.Parsing;

/// <summary>
/// The words of the syntax. Case does not matter (<c>mo-fr</c>, <c>DEC</c>, <c>Off</c> can mean one thing
/// only); German or spelled-out names are not guessed at but answered with the word to use instead.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] Weekdays = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
    public static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    public const string PublicHoliday = "PH";

    /// <returns>0 (Monday) to 6 (Sunday), or -1.</returns>
    public static int WeekdayIndex(string word) => IndexOf(Weekdays, word);

    /// <returns>1 to 12, or 0.</returns>
    public static int MonthNumber(string word) => IndexOf(Months, word) + 1;

    public static OpenState? State(string word) => word.ToUpperInvariant() switch
    {
        "OPEN" => OpenState.Open,
        "OFF" or "CLOSED" => OpenState.Closed,
        "UNKNOWN" => OpenState.Unknown,
        _ => null,
    };

    public static string StateWord(OpenState state) => state switch
    {
        OpenState.Open => "open",
        OpenState.Closed => "off",
        _ => "unknown",
    };

    private static int IndexOf(string[] words, string word)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (string.Equals(words[i], word, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A message for a word that is not part of the syntax but close to something that is.</summary>
    public static string? MessageForForeignWord(string word)
    {
        var key = word.ToUpperInvariant();
        if (Unsupported.TryGetValue(key, out var unsupported))
        {
            return unsupported;
        }

        if (WeekdayHints.TryGetValue(key, out var weekday))
        {
            return ParseMessages.UseInstead(word, weekday, "Wochentag");
        }

        if (MonthHints.TryGetValue(key, out var month))
        {
            return ParseMessages.UseInstead(word, month, "Monat");
        }

        return OtherHints.TryGetValue(key, out var other) ? ParseMessages.UseInstead(word, other, "Angabe") : null;
    }

    private static readonly Dictionary<string, string> Unsupported = new()
    {
        ["WEEK"] = ParseMessages.WeeksUnsupported,
        ["SUNRISE"] = ParseMessages.SunTimesUnsupported,
        ["SUNSET"] = ParseMessages.SunTimesUnsupported,
        ["DAWN"] = ParseMessages.SunTimesUnsupported,
        ["DUSK"] = ParseMessages.SunTimesUnsupported,
        ["SH"] = ParseMessages.SchoolHolidaysUnsupported,
        ["EASTER"] = ParseMessages.EasterUnsupported,
        ["UHR"] = ParseMessages.TimeWithoutUhr,
    };

    private static readonly Dictionary<string, string> WeekdayHints = new()
    {
        ["DI"] = "Tu", ["MI"] = "We", ["DO"] = "Th", ["SO"] = "Su",
        ["MONTAG"] = "Mo", ["DIENSTAG"] = "Tu", ["MITTWOCH"] = "We", ["DONNERSTAG"] = "Th",
        ["FREITAG"] = "Fr", ["SAMSTAG"] = "Sa", ["SONNABEND"] = "Sa", ["SONNTAG"] = "Su",
        ["MON"] = "Mo", ["TUE"] = "Tu", ["WED"] = "We", ["THU"] = "Th", ["FRI"] = "Fr", ["SAT"] = "Sa", ["SUN"] = "Su",
        ["MONDAY"] = "Mo", ["TUESDAY"] = "Tu", ["WEDNESDAY"] = "We", ["THURSDAY"] = "Th",
        ["FRIDAY"] = "Fr", ["SATURDAY"] = "Sa", ["SUNDAY"] = "Su",
    };

    private static readonly Dictionary<string, string> MonthHints = new()
    {
        ["MÄR"] = "Mar", ["MRZ"] = "Mar", ["MAI"] = "May", ["OKT"] = "Oct", ["DEZ"] = "Dec",
        ["JANUAR"] = "Jan", ["FEBRUAR"] = "Feb", ["MÄRZ"] = "Mar", ["APRIL"] = "Apr", ["JUNI"] = "Jun",
        ["JULI"] = "Jul", ["AUGUST"] = "Aug", ["SEPTEMBER"] = "Sep", ["OKTOBER"] = "Oct", ["NOVEMBER"] = "Nov",
        ["DEZEMBER"] = "Dec", ["JANUARY"] = "Jan", ["FEBRUARY"] = "Feb", ["MARCH"] = "Mar", ["JUNE"] = "Jun",
        ["JULY"] = "Jul", ["OCTOBER"] = "Oct", ["DECEMBER"] = "Dec",
    };

    private static readonly Dictionary<string, string> OtherHints = new()
    {
        ["FEIERTAG"] = "PH", ["FEIERTAGE"] = "PH",
        ["GESCHLOSSEN"] = "off", ["RUHETAG"] = "off", ["ZU"] = "off",
        ["GEÖFFNET"] = "open", ["OFFEN"] = "open",
    };
}
