using HalloBot.Domain.Listings;

namespace HalloBot.Search.Contract;

public enum SearchSort
{
    /// <summary>Relevance for a text query; by name when the query has no text (browsing).</summary>
    Relevance,
    Distance,
    Name,
}

/// <summary>A resident's search. Filters on the same facet are OR-ed, different facets AND-ed.</summary>
public sealed record SearchQuery
{
    public const int MaxPageSize = 100;

    public string? Text { get; init; }

    /// <summary>Category slugs.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>District slugs.</summary>
    public IReadOnlyList<string> Districts { get; init; } = [];

    /// <summary>Feature codes; a listing must have all of them.</summary>
    public IReadOnlyList<string> Features { get; init; } = [];

    /// <summary>OSM <c>wheelchair</c> values (<c>yes</c>, <c>limited</c>, <c>no</c>); a listing must have one of them. Empty: any.</summary>
    public IReadOnlyList<string> Wheelchair { get; init; } = [];

    /// <summary><see cref="AccessibilityCodes"/> a listing must all have (an accessible toilet, a hearing loop, seating).</summary>
    public IReadOnlyList<string> Accessibility { get; init; } = [];

    /// <summary>Only listings with current offers ("mit Angeboten").</summary>
    public bool WithOffers { get; init; }

    /// <summary>Only listings open at this instant (opening-hours rules and public holidays applied).</summary>
    public DateTimeOffset? OpenAt { get; init; }

    /// <summary>The resident's position: distances are computed from it, and it is needed for distance sort and radius.</summary>
    public GeoPoint? Near { get; init; }

    public double? RadiusKm { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}
