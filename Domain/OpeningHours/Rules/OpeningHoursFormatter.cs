using System.Text;
using HalloBot.Domain.OpeningHours.Parsing;

namespace HalloBot.Domain.OpeningHours.Rules;

/// <summary>Writes rules back in one canonical spelling (<c>Mo-Fr 08:00-18:00; Su,PH off</c>).</summary>
internal static class OpeningHoursFormatter
{
    public static string Format(IReadOnlyList<OpeningHoursRule> rules) =>
        string.Join("; ", rules.Select(Format));

    public static string Format(OpeningHoursRule rule)
    {
        var parts = new List<string>();
        if (rule.IsAlways)
        {
            parts.Add("24/7");
        }

        if (rule.Dates.Count > 0)
        {
            parts.Add(string.Join(",", rule.Dates.Select(Format)));
        }

        if (rule.Weekdays is { } weekdays)
        {
            parts.Add(Format(weekdays));
        }

        if (rule.Times.Count > 0)
        {
            parts.Add(string.Join(",", rule.Times.Select(Format)));
        }

        if (rule.StateWritten)
        {
            parts.Add(Vocabulary.StateWord(rule.State));
        }

        if (rule.Comment is not null)
        {
            parts.Add($"\"{rule.Comment}\"");
        }

        return string.Join(" ", parts);
    }

    private static string Format(DateRange range)
    {
        var from = Vocabulary.Months[range.From.Month - 1];
        var to = Vocabulary.Months[range.To.Month - 1];
        return range.Form switch
        {
            DateRangeForm.Month => from,
            DateRangeForm.MonthRange => $"{from}-{to}",
            DateRangeForm.Date => $"{from} {range.From.Day:00}",
            DateRangeForm.DaysInMonth => $"{from} {range.From.Day:00}-{range.To.Day:00}",
            _ => $"{from} {range.From.Day:00}-{to} {range.To.Day:00}",
        };
    }

    /// <summary>Runs of consecutive days Monday first (Fr-Mo comes out as Mo,Fr-Su), then PH.</summary>
    private static string Format(WeekdaySet weekdays)
    {
        var items = new List<string>();
        var day = 0;
        while (day < 7)
        {
            if ((weekdays.Mask & (1 << day)) == 0)
            {
                day++;
                continue;
            }

            var last = day;
            while (last + 1 < 7 && (weekdays.Mask & (1 << (last + 1))) != 0)
            {
                last++;
            }

            items.Add(last == day ? Vocabulary.Weekdays[day] : $"{Vocabulary.Weekdays[day]}-{Vocabulary.Weekdays[last]}");
            day = last + 1;
        }

        if (weekdays.PublicHolidays)
        {
            items.Add(Vocabulary.PublicHoliday);
        }

        return string.Join(",", items);
    }

    // An end past midnight is written as the clock shows it (18:00-02:00); only a span of a whole day needs the
    // extended hours (10:00-34:00), since 10:00-10:00 is no span.
    private static string Format(TimeRange time) =>
        $"{Clock(time.Start)}-{Clock(time.End > TimeRange.MinutesPerDay && time.End - TimeRange.MinutesPerDay < time.Start ? time.End - TimeRange.MinutesPerDay : time.End)}";

    private static string Clock(int minutes) =>
        new StringBuilder().Append((minutes / 60).ToString("00", System.Globalization.CultureInfo.InvariantCulture))
            .Append(':').Append((minutes % 60).ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToString();
}
