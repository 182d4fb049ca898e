namespace HalloBot.Search.Contract;

/// <summary>Ids and what the index alone knows; the page loads the listings themselves from the database.</summary>
public sealed record SearchResult(
    long Total,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    string? DidYouMean);

/// <param name="Highlight">A short passage with the matched words wrapped in <c>&lt;mark&gt;</c>; all other text HTML-encoded.</param>
public sealed record SearchHit(int ListingId, string Slug, double Score, double? DistanceKm, string? Highlight);

/// <summary>Counts over all hits of the query, each facet counted without its own filter (so choices stay visible).</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetCount> Category,
    IReadOnlyList<FacetCount> District,
    IReadOnlyList<FacetCount> Feature)
{
    public static SearchFacets Empty { get; } = new([], [], []);
}

/// <param name="Value">Slug (category, district) or feature code.</param>
/// <param name="Label">Display name (category or district name; the code for features).</param>
public sealed record FacetCount(string Value, string Label, long Count);

public enum SuggestionKind
{
    Category,
    Listing,
    District,
}

/// <param name="Slug">The category, district or listing slug the suggestion leads to.</param>
public sealed record Suggestion(string Text, SuggestionKind Kind, string Slug);
