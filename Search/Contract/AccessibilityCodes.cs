using HalloBot.Domain.Listings;

namespace HalloBot.Search.Contract;

/// <summary>The accessibility facts a search can require, as codes in the index and in the query (see <see cref="AccessibilityFacts"/>).</summary>
public static class AccessibilityCodes
{
    public const string WheelchairToilet = "wheelchair_toilet";
    public const string HearingLoop = "hearing_loop";
    public const string Seating = "seating";

    public static IReadOnlyList<string> All { get; } = [WheelchairToilet, HearingLoop, Seating];

    /// <summary>The codes of the facts that are known to be there.</summary>
    public static IReadOnlyList<string> Of(AccessibilityFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return [.. new[] { (facts.WheelchairToilet, WheelchairToilet), (facts.HearingLoop, HearingLoop), (facts.Seating, Seating) }
            .Where(f => f.Item1 == true).Select(f => f.Item2)];
    }

    /// <summary>Lower-cased, trimmed, each once, empties left out: how both indexes read a query's values.</summary>
    public static IReadOnlyList<string> Clean(IEnumerable<string> values) =>
        [.. values.Select(v => v.Trim().ToLowerInvariant()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
