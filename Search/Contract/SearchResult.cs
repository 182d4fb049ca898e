namespace HalloBot.Search.Contract;

/// <summary>The page of hits with what the index stores of each listing, the total and the facet counts.</summary>
public sealed record SearchResult(
    long Total,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    string? DidYouMean);

/// <param name="Highlight">A short passage with the matched words wrapped in <c>&lt;mark&gt;</c>; all other text HTML-encoded.</param>
/// <remarks>
/// Besides ids and scores a hit carries what a result list shows of the listing as it was last indexed (name,
/// external id, category and district names, opening hours), so that an answer needs no database query. The index
/// follows the database within seconds (the outbox); whoever needs the listing as it is this instant loads it.
/// </remarks>
public sealed record SearchHit(int ListingId, string Slug, double Score, double? DistanceKm, string? Highlight)
{
    public string Name { get; init; } = "";

    public string? ExternalId { get; init; }

    /// <summary>Category names in the listing's order; the first is the main category.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>The district's name, or null.</summary>
    public string? District { get; init; }

    /// <summary>The OpenStreetMap opening_hours string as indexed, or null when the listing gives none.</summary>
    public string? OpeningHours { get; init; }
}

/// <summary>Counts over all hits of the query, each facet counted without its own filter (so choices stay visible).</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetCount> Category,
    IReadOnlyList<FacetCount> District,
    IReadOnlyList<FacetCount> Feature)
{
    public static SearchFacets Empty { get; } = new([], [], []);

    /// <summary>Hits with current offers ("mit Angeboten"), counted like a feature.</summary>
    public long WithOffers { get; init; }
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
