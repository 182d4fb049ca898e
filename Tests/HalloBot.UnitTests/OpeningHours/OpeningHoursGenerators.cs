using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace HalloBot.UnitTests.OpeningHours;

/// <summary>A schedule built from generated rules, written plainly and with the noise spreadsheet users add.</summary>
public sealed record ScheduleCase(string Plain, string Noisy)
{
    public override string ToString() => $"{Plain}  |  {Noisy}";
}

/// <summary>An instant, often close to a night the clocks change.</summary>
public sealed record InstantCase(DateTimeOffset Instant)
{
    public override string ToString() => Instant.ToString("O", CultureInfo.InvariantCulture);
}

/// <summary>A valid schedule followed by something outside the subset.</summary>
public sealed record BrokenCase(string ValidPrefix, string Text)
{
    public override string ToString() => Text;
}

/// <summary>Any string over the characters of the syntax.</summary>
public sealed record SoupCase(string Text)
{
    public override string ToString() => Text;
}

public static class OpeningHoursGenerators
{
    private static readonly string[] Weekdays = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    private static readonly int[] MaxDays = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    // Each part renders itself given a noise source: extra spaces, other case, en dashes.
    private delegate string Part(Random noise);

    public static Arbitrary<ScheduleCase> Schedules() => Arb.From(ScheduleGen);

    public static Arbitrary<InstantCase> Instants() => Arb.From(InstantGen);

    public static Arbitrary<BrokenCase> Broken() => Arb.From(
        from schedule in ScheduleGen
        from suffix in Gen.Elements(
            ";", "; ", ";;", " ||\"x\"", " xyz", " 25:00-26:00", " \"offen", " Mo[1]", " week 01", " sunrise",
            " 2026", " SH", " 12:60-13:00", " 10:00-10:00", " 24:00-02:00", " & ", " Di", " 08.00", " +", " /", " #")
        select new BrokenCase(schedule.Plain, schedule.Plain + suffix));

    public static Arbitrary<SoupCase> SyntaxSoup() => Arb.From(
        from chars in Gen.ListOf(Gen.Elements(
            'M', 'o', 'T', 'u', 'F', 'r', 'S', 'a', 'P', 'H', 'D', 'e', 'c', 'J', 'n', 'f', 'x',
            '0', '1', '2', '4', '5', '7', '9', ':', '-', '–', ',', ';', ' ', '"', '„', '“', '/', '|', '+', '[', '.'))
        select new SoupCase(new string([.. chars])));

    private static Gen<ScheduleCase> ScheduleGen =>
        from count in Gen.Frequency((4, Gen.Choose(1, 3)), (1, Gen.Choose(4, 8)))
        from rules in RuleGen.ListOf(count)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select new ScheduleCase(Render(rules, null), Render(rules, new Random(seed)));

    private static string Render(IEnumerable<Part[]> rules, Random? noise)
    {
        var rendered = rules.Select(rule => string.Join(Space(noise, 1), rule.Select(part => part(noise ?? Plain))));
        return Space(noise, 0) + string.Join(noise is null ? "; " : Space(noise, 0) + ";" + Space(noise, 0), rendered) + Space(noise, 0);
    }

    // A Random that never adds noise: NextDouble 0 picks the plain choice everywhere.
    private static readonly Random Plain = new PlainRandom();

    private sealed class PlainRandom : Random
    {
        public override double NextDouble() => 0.99;

        public override int Next(int maxValue) => 0;
    }

    private static string Space(Random? noise, int minimum) =>
        noise is null || noise.NextDouble() > 0.3 ? new string(' ', minimum) : new string(' ', minimum + noise.Next(3));

    private static string Dash(Random noise) =>
        noise.NextDouble() < 0.15 ? Space(noise, 0) + "–" + Space(noise, 0) : noise.NextDouble() < 0.15 ? " - " : "-";

    private static string Word(string word, Random noise) =>
        noise.NextDouble() < 0.1 ? word.ToLowerInvariant() : noise.NextDouble() < 0.05 ? word.ToUpperInvariant() : word;

    private static Gen<Part[]> RuleGen => Gen.Frequency(
        (1, from modifier in ModifierGen select new Part[] { _ => "24/7" }.Concat(modifier).ToArray()),
        (9, from dates in Gen.Frequency((3, Gen.Constant(Array.Empty<Part>())), (1, DatesGen.Select(d => new[] { d })))
            from days in Gen.Frequency((1, Gen.Constant(Array.Empty<Part>())), (3, DaysGen.Select(d => new[] { d })))
            from times in Gen.Frequency((1, Gen.Constant(Array.Empty<Part>())), (3, TimesGen.Select(t => new[] { t })))
            from modifier in ModifierGen
            let parts = dates.Concat(days).Concat(times).Concat(modifier).ToArray()
            select parts.Length > 0 ? parts : [_ => "off"]));

    private static Gen<Part[]> ModifierGen =>
        from state in Gen.Frequency((6, Gen.Constant<string?>(null)), (1, Gen.Elements<string?>("open", "off", "closed", "unknown")))
        from comment in Gen.Frequency((6, Gen.Constant<string?>(null)), (1, Gen.Elements<string?>("nach Vereinbarung", "Hofladen", "Ruhetag")))
        select new Part?[]
        {
            state is null ? null : noise => Word(state, noise),
            comment is null ? null : _ => $"\"{comment}\"",
        }.OfType<Part>().ToArray();

    private static Gen<Part> DatesGen =>
        from count in Gen.Frequency((4, Gen.Constant(1)), (1, Gen.Constant(2)))
        from ranges in DateRangeGen.ListOf(count)
        select (Part)(noise => string.Join(",", ranges.Select(range => range(noise))));

    private static Gen<Part> DateRangeGen =>
        from m1 in Gen.Choose(1, 12)
        from m2 in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 31)
        from day2 in Gen.Choose(1, 31)
        from form in Gen.Choose(0, 4)
        let d1 = Math.Min(day, MaxDays[m1 - 1])
        let d2 = Math.Min(day2, MaxDays[m2 - 1])
        select (Part)(noise => form switch
        {
            0 => Word(Months[m1 - 1], noise),
            1 => Word(Months[m1 - 1], noise) + Dash(noise) + Word(Months[m2 - 1], noise),
            2 => $"{Word(Months[m1 - 1], noise)} {d1:00}",
            3 => $"{Word(Months[m1 - 1], noise)} {Math.Min(d1, d2):00}{Dash(noise)}{Math.Max(d1, Math.Min(d2, MaxDays[m1 - 1])):00}",
            _ => $"{Word(Months[m1 - 1], noise)} {d1:00}{Dash(noise)}{Word(Months[m2 - 1], noise)} {(m1 == m2 ? Math.Max(d1, d2) : d2):00}",
        });

    private static Gen<Part> DaysGen =>
        from count in Gen.Choose(1, 3)
        from items in Gen.Frequency(
            (4, from first in Gen.Choose(0, 6) select (Part)(noise => Word(Weekdays[first], noise))),
            (4, from first in Gen.Choose(0, 6) from last in Gen.Choose(0, 6)
                select (Part)(noise => Word(Weekdays[first], noise) + Dash(noise) + Word(Weekdays[last], noise))),
            (1, Gen.Constant((Part)(noise => Word("PH", noise))))).ListOf(count)
        select (Part)(noise => string.Join("," + Space(noise, 0), items.Select(item => item(noise))));

    private static Gen<Part> TimesGen =>
        from count in Gen.Frequency((3, Gen.Constant(1)), (2, Gen.Choose(2, 3)))
        from spans in TimeSpanGen.ListOf(count)
        select (Part)(noise => string.Join("," + Space(noise, 0), spans.Select(span => span(noise))));

    private static Gen<Part> TimeSpanGen =>
        // Every third time falls in the hours the clocks skip or repeat (02:00-03:00).
        from start in Gen.Frequency((3, Gen.Choose(0, 95).Select(q => q * 15)), (1, Gen.Choose(0, 1439)), (2, Gen.Choose(120, 180)))
        from end in Gen.Frequency((3, Gen.Choose(1, 96).Select(q => q * 15)), (1, Gen.Choose(1, 1440)), (2, Gen.Choose(120, 180)))
        where end % 1440 != start
        select (Part)(noise => Clock(start) + Dash(noise) + Clock(end));

    private static string Clock(int minutes) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}").ToString();

    private static readonly DateTimeOffset[] ClockChanges =
    [
        new(2024, 3, 31, 1, 0, 0, TimeSpan.Zero), new(2024, 10, 27, 1, 0, 0, TimeSpan.Zero),
        new(2025, 3, 30, 1, 0, 0, TimeSpan.Zero), new(2025, 10, 26, 1, 0, 0, TimeSpan.Zero),
        new(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), new(2026, 10, 25, 1, 0, 0, TimeSpan.Zero),
        new(2027, 3, 28, 1, 0, 0, TimeSpan.Zero), new(2027, 10, 31, 1, 0, 0, TimeSpan.Zero),
    ];

    private static Gen<InstantCase> InstantGen => Gen.Frequency(
        (1, from day in Gen.Choose(0, 4 * 365)
            from minute in Gen.Choose(0, 1439)
            from second in Gen.Choose(0, 59)
            select new InstantCase(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(day).AddMinutes(minute).AddSeconds(second))),
        (1, from change in Gen.Elements(ClockChanges)
            from minute in Gen.Frequency((1, Gen.Choose(-26 * 60, 26 * 60)), (1, Gen.Choose(-120, 120)))
            from second in Gen.Elements(0, 0, 0, 30)
            select new InstantCase(change.AddMinutes(minute).AddSeconds(second))));
}
