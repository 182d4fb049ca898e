using HalloBot.Domain.OpeningHours;
using HalloBot.Web.Features.Shared;

namespace HalloBot.Web.Features.Search;

/// <summary>Everything the search page shows; every link is already built, so the view only lays out.</summary>
public sealed record SearchPageModel
{
    public required SearchState State { get; init; }
    public required long Total { get; init; }
    public required IReadOnlyList<SearchResultItem> Items { get; init; }
    public required IReadOnlyList<FacetGroup> Facets { get; init; }
    public required IReadOnlyList<ActiveFilter> ActiveFilters { get; init; }

    /// <summary>"Jetzt geöffnet": adds <c>openAt=now</c> or removes whatever open-at filter there is.</summary>
    public required FacetLink OpenNow { get; init; }

    public required IReadOnlyList<SortLink> Sorts { get; init; }
    public required PagerLinks Pager { get; init; }

    /// <summary>The index's proposal when the query looks misspelt, with the link that searches it.</summary>
    public SearchLink? DidYouMean { get; init; }

    /// <summary>Localized names of the parameters that were invalid and left out.</summary>
    public IReadOnlyList<string> InvalidParameters { get; init; } = [];

    /// <summary>For an empty result: categories to browse instead.</summary>
    public IReadOnlyList<CountedLinkItem> BrowseCategories { get; init; } = [];

    public string? WithoutFiltersHref { get; init; }

    /// <summary>The search without the resident's position.</summary>
    public string? WithoutPositionHref { get; init; }

    public IReadOnlyList<FacetLink> Radii { get; init; } = [];

    /// <summary>Hidden fields that keep filters and position when a new text is searched from the page's form.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> KeptFields { get; init; } = [];
}

public sealed record SearchResultItem(
    string Name,
    string Slug,
    string? MainCategory,
    string? District,
    string Address,
    OpenStatus? Status,
    double? DistanceKm,
    string? HighlightHtml);

/// <param name="Id">The stem of the element ids (heading, list) of the group.</param>
public sealed record FacetGroup(string Id, string Heading, IReadOnlyList<FacetLink> Links);

/// <param name="Selected">The filter is set; the link removes it.</param>
public sealed record FacetLink(string Label, long? Count, string Href, bool Selected);

public sealed record ActiveFilter(string Label, string RemoveHref);

public sealed record SortLink(string Label, string Href, bool Current);

public sealed record SearchLink(string Text, string Href);

public sealed record PagerLinks(int PageNumber, int PageCount, string? PreviousHref, string? NextHref, string? FirstHref);
