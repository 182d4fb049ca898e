using HalloBot.Domain.OpeningHours.Rules;

namespace HalloBot.Domain.OpeningHours.Evaluation;

/// <summary>
/// Lays the rules over one local day. Every rule that applies to a day claims it; the highest claim wins:
/// <list type="bullet">
/// <item>the last applying rule (closed-times rules aside) claims the whole day: its spans with their state,
/// the rest closed; where no rule applies the day is closed;</item>
/// <item>a later rule that closes only some times (<c>We 12:00-14:00 off</c>) claims just those times;</item>
/// <item>a span past midnight goes on into the next day with its rule's rank, so a later rule that names the
/// next day decides it from 00:00 (<c>Mo-Fr 18:00-02:00; Sa off</c>), and a span whose own day was taken by
/// a later rule never existed (<c>Mo-Su 18:00-02:00; PH off</c> is closed on 27 Dec 00:00–02:00).</item>
/// </list>
/// Ranks: rule index first, and within one rule its spans above its closed rest.
/// </summary>
internal sealed class DayTimelineBuilder
{
    private const int Day = TimeRange.MinutesPerDay;

    private readonly IReadOnlyList<OpeningHoursRule> rules;
    private readonly OpeningHoursCalendar calendar;
    private readonly bool anySpanPastMidnight;
    private readonly List<Claim> claims = [];
    private readonly List<int> cuts = [];

    public DayTimelineBuilder(IReadOnlyList<OpeningHoursRule> rules, OpeningHoursCalendar calendar)
    {
        this.rules = rules;
        this.calendar = calendar;
        anySpanPastMidnight = rules.Any(rule => rule.Times.Any(time => time.End > Day));
    }

    /// <summary>Fills <paramref name="segments"/> with the day's pieces in order, covering 00:00 to 24:00.</summary>
    public void Build(DateOnly date, List<Segment> segments)
    {
        claims.Clear();
        segments.Clear();

        // Claims of the day before go first so that, at equal rank, a span keeps running past midnight.
        if (anySpanPastMidnight)
        {
            AddClaims(date.AddDays(-1), shift: Day);
        }

        AddClaims(date, shift: 0);
        Resolve(segments);
    }

    private void AddClaims(DateOnly day, int shift)
    {
        var decider = -1;
        for (var i = rules.Count - 1; i >= 0; i--)
        {
            if (!rules[i].ClosesOnlyItsTimes && rules[i].AppliesTo(day, calendar))
            {
                decider = i;
                break;
            }
        }

        if (shift == 0)
        {
            claims.Add(new Claim(0, Day, Rank(decider, isSpan: false), OpenState.Closed, null, SpanOrigin.None));
        }

        if (decider >= 0)
        {
            AddSpans(decider, day, shift);
        }

        for (var i = decider + 1; i < rules.Count; i++)
        {
            if (rules[i].ClosesOnlyItsTimes && rules[i].AppliesTo(day, calendar))
            {
                AddSpans(i, day, shift);
            }
        }
    }

    private void AddSpans(int ruleIndex, DateOnly day, int shift)
    {
        var rule = rules[ruleIndex];
        var spans = rule.Spans;
        for (var j = 0; j < spans.Count; j++)
        {
            var start = Math.Max(spans[j].Start - shift, 0);
            var end = Math.Min(spans[j].End - shift, Day);
            if (end > start)
            {
                claims.Add(new Claim(start, end, Rank(ruleIndex, isSpan: true), rule.State, rule.Comment,
                    new SpanOrigin(day, ruleIndex, j)));
            }
        }
    }

    private static int Rank(int ruleIndex, bool isSpan) => ((ruleIndex + 1) * 2) + (isSpan ? 1 : 0);

    private void Resolve(List<Segment> segments)
    {
        cuts.Clear();
        foreach (var claim in claims)
        {
            cuts.Add(claim.Start);
            cuts.Add(claim.End);
        }

        cuts.Sort();
        var from = cuts[0];
        foreach (var to in cuts)
        {
            if (to == from)
            {
                continue;
            }

            var winner = Winner(from, to);
            var previous = segments.Count - 1;
            if (previous >= 0 && segments[previous] is var last && last.State == winner.State
                && last.Origin == winner.Origin && last.Comment == winner.Comment)
            {
                segments[previous] = last with { End = to };
            }
            else
            {
                segments.Add(new Segment(from, to, winner.State, winner.Comment, winner.Origin));
            }

            from = to;
        }
    }

    private Claim Winner(int from, int to)
    {
        Claim? winner = null;
        foreach (var claim in claims)
        {
            if (claim.Start <= from && claim.End >= to && (winner is null || claim.Rank > winner.Value.Rank))
            {
                winner = claim;
            }
        }

        // The whole-day claim of the day itself covers every cut.
        return winner!.Value;
    }

    private readonly record struct Claim(int Start, int End, int Rank, OpenState State, string? Comment, SpanOrigin Origin);
}
