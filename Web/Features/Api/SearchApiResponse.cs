using HalloBot.Domain.OpeningHours;
using HalloBot.Search.Contract;
using HalloBot.Web.Features.Search;

namespace HalloBot.Web.Features.Api;

/// <summary>The answer of <c>/api/v1/search</c>; other tools depend on this shape, so it only ever grows by agreement.</summary>
public sealed record SearchApiResponse(
    long Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchApiHit> Hits,
    SearchApiFacets Facets,
    string? DidYouMean)
{
    public static SearchApiResponse From(IndexedSearchOutcome outcome, SearchState state, string siteRoot) => new(
        outcome.Result.Total,
        state.Page,
        state.PageSize,
        [.. outcome.Hits.Select(h => SearchApiHit.From(h, siteRoot))],
        new SearchApiFacets(
            [.. outcome.Result.Facets.Category.Select(f => new SearchApiFacetValue(f.Label, f.Count))],
            [.. outcome.Result.Facets.District.Select(f => new SearchApiFacetValue(f.Label, f.Count))],
            [.. outcome.Result.Facets.Feature.Select(f => new SearchApiFacetValue(f.Value, f.Count))]),
        outcome.Result.DidYouMean);
}

/// <param name="Url">The listing's page, absolute.</param>
/// <param name="OpenNow">Open at <c>openAt</c> (else now); null when the listing gives no opening hours.</param>
/// <param name="Highlight">HTML: the matched words in <c>&lt;mark&gt;</c>, all else encoded; null without a text query.</param>
public sealed record SearchApiHit(
    string Slug,
    string? ExternalId,
    string Name,
    IReadOnlyList<string> Categories,
    string? District,
    string Url,
    bool? OpenNow,
    double? DistanceKm,
    string? Highlight)
{
    public static SearchApiHit From(IndexedHit indexed, string siteRoot) => new(
        indexed.Hit.Slug,
        indexed.Hit.ExternalId,
        indexed.Hit.Name,
        indexed.Hit.Categories,
        indexed.Hit.District,
        $"{siteRoot}b/{indexed.Hit.Slug}",
        indexed.HasOpeningHours ? indexed.State == OpenState.Open : null,
        indexed.Hit.DistanceKm is { } km ? Math.Round(km, 3) : null,
        HighlightHtml.Sanitize(indexed.Hit.Highlight));
}

/// <summary>Counts per value over all matches; category and district by name, feature by code.</summary>
public sealed record SearchApiFacets(
    IReadOnlyList<SearchApiFacetValue> Category,
    IReadOnlyList<SearchApiFacetValue> District,
    IReadOnlyList<SearchApiFacetValue> Feature);

public sealed record SearchApiFacetValue(string Value, long Count);

/// <summary>The answer of <c>/api/v1/suggest</c>.</summary>
public sealed record SuggestApiResponse(IReadOnlyList<SuggestApiItem> Suggestions)
{
    public static SuggestApiResponse From(IEnumerable<Suggestion> suggestions) =>
        new([.. suggestions.Select(SuggestApiItem.From)]);
}

/// <param name="Kind"><c>category</c>, <c>listing</c> or <c>district</c>.</param>
/// <param name="Url">The page it leads to, relative to the site: <c>/kategorie/…</c>, <c>/b/…</c>, <c>/stadtteil/…</c>.</param>
public sealed record SuggestApiItem(string Text, string Kind, string Url)
{
    public static SuggestApiItem From(Suggestion suggestion) => suggestion.Kind switch
    {
        SuggestionKind.Category => new(suggestion.Text, "category", $"/kategorie/{suggestion.Slug}"),
        SuggestionKind.District => new(suggestion.Text, "district", $"/stadtteil/{suggestion.Slug}"),
        _ => new(suggestion.Text, "listing", $"/b/{suggestion.Slug}"),
    };
}
