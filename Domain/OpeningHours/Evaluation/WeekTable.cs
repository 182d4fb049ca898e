using HalloBot.Domain.OpeningHours.Rules;

namespace HalloBot.Domain.OpeningHours.Evaluation;

/// <summary>The open and unknown spans of consecutive local days, each listed on the day it starts.</summary>
internal static class WeekTable
{
    private const int Day = TimeRange.MinutesPerDay;

    public static IReadOnlyList<DayHours> Days(
        IReadOnlyList<OpeningHoursRule> rules, DateOnly firstDay, int count, OpeningHoursCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var pieces = Pieces(rules, firstDay, count, calendar);
        var result = new List<DayHours>(count);
        for (var k = 0; k < count; k++)
        {
            var date = firstDay.AddDays(k);
            var dayStart = (k + 1) * Day;
            var spans = new List<HoursSpan>();
            foreach (var piece in pieces)
            {
                if (piece.State != OpenState.Closed && piece.Start >= dayStart && piece.Start < dayStart + Day)
                {
                    spans.Add(new HoursSpan(
                        ToTime(piece.Start - dayStart), ToTime(piece.End - dayStart), piece.End - dayStart >= Day,
                        piece.State, piece.Comment));
                }
            }

            result.Add(new DayHours(date, calendar.IsPublicHoliday(date), spans));
        }

        return result;
    }

    // The timeline from the day before the first (whose spans may reach into it) to the day after the last
    // (into which the last day's spans may reach), with a span's parts on both sides of midnight joined.
    private static List<Segment> Pieces(
        IReadOnlyList<OpeningHoursRule> rules, DateOnly firstDay, int count, OpeningHoursCalendar calendar)
    {
        var builder = new DayTimelineBuilder(rules, calendar);
        var daySegments = new List<Segment>(8);
        var pieces = new List<Segment>();
        for (var d = 0; d < count + 2; d++)
        {
            builder.Build(firstDay.AddDays(d - 1), daySegments);
            foreach (var segment in daySegments)
            {
                var start = (d * Day) + segment.Start;
                var end = (d * Day) + segment.End;
                if (pieces.Count > 0 && pieces[^1] is var last && last.End == start && last.Origin == segment.Origin
                    && last.State == segment.State && last.Comment == segment.Comment)
                {
                    pieces[^1] = last with { End = end };
                }
                else
                {
                    pieces.Add(segment with { Start = start, End = end });
                }
            }
        }

        return pieces;
    }

    private static TimeOnly ToTime(int minutes) => new(minutes / 60 % 24, minutes % 60);
}
