using HalloBot.Domain.Listings;
using HalloBot.Search.Contract;
using HalloBot.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Search;

/// <summary>Builds the search page: reads the request, searches, and turns facets, sorts and pages into links.</summary>
public sealed class SearchPageService(
    SearchRequestReader reader,
    SearchService search,
    SearchTermDirectory terms,
    ISearchIndex index,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t)
{
    private const int BrowseCategoryCount = 12;
    private static readonly double[] RadiusChoices = [1, 3, 10];

    /// <param name="unreadable">Parameters that could not even be bound (<c>page=abc</c>).</param>
    public async Task<SearchPageModel> GetAsync(SearchParameters parameters, IEnumerable<string> unreadable, CancellationToken cancellationToken) =>
        await GetAsync(parameters, unreadable, withOffers: false, cancellationToken);

    /// <param name="withOffers">The page's "mit Angeboten" filter (not an API parameter).</param>
    public async Task<SearchPageModel> GetAsync(SearchParameters parameters, IEnumerable<string> unreadable, bool withOffers, CancellationToken cancellationToken)
    {
        var request = await reader.ReadAsync(parameters, cancellationToken);
        var state = request.State with { WithOffers = withOffers };
        var now = clock.GetUtcNow();
        var outcome = await search.SearchAsync(state.ToQuery(now), state.StatusInstant(now), cancellationToken);
        var names = await terms.CurrentAsync(cancellationToken);
        var result = outcome.Result;
        var pageCount = (int)Math.Min(SearchRequestReader.MaxPage, (result.Total + state.PageSize - 1) / state.PageSize);

        return new SearchPageModel
        {
            State = state,
            Total = result.Total,
            Items = [.. outcome.Listings.Select(Item)],
            Facets =
            [
                Group("kategorie", t["Search.Facet.Category"], SearchFacetKind.Category, state.Categories, result.Facets.Category, state, names),
                Group("stadtteil", t["Search.Facet.District"], SearchFacetKind.District, state.Districts, result.Facets.District, state, names),
                Group("ausstattung", t["Search.Facet.Feature"], SearchFacetKind.Feature, state.Features, result.Facets.Feature, state, names),
                AccessibilityGroup(state),
                OffersGroup(state, result.Facets.WithOffers),
            ],
            ActiveFilters = ActiveFilters(state, names),
            OpenNow = new FacetLink(
                t["Search.OpenNow"],
                null,
                (state.OpenAt is null ? state.Restarted() with { OpenAt = SearchState.Now } : state.Restarted() with { OpenAt = null }).ToPath(),
                state.OpenAt == SearchState.Now),
            Sorts = Sorts(state),
            Pager = new PagerLinks(
                state.Page,
                pageCount,
                state.Page > 1 && state.Page <= pageCount ? (state with { Page = state.Page - 1 }).ToPath() : null,
                state.Page < pageCount ? (state with { Page = state.Page + 1 }).ToPath() : null,
                state.Page > Math.Max(1, pageCount) ? state.Restarted().ToPath() : null),
            DidYouMean = result.DidYouMean is { Length: > 0 } proposal
                && !string.Equals(proposal, state.Text, StringComparison.OrdinalIgnoreCase)
                ? new SearchLink(proposal, (state.Restarted() with { Text = proposal }).ToPath())
                : null,
            InvalidParameters = [.. request.Errors.Select(e => e.Parameter).Concat(unreadable)
                .Distinct(StringComparer.Ordinal)
                .Select(p => t[$"Search.Parameter.{p}"].Value)],
            BrowseCategories = result.Total == 0 ? await BrowseCategoriesAsync(cancellationToken) : [],
            WithoutFiltersHref = state.HasFilters ? state.WithoutFilters().ToPath() : null,
            WithoutPositionHref = state.Near is null ? null : state.WithoutPosition().ToPath(),
            Radii = state.Near is null ? [] : Radii(state),
            KeptFields = KeptFields(state),
        };
    }

    private SearchResultItem Item(FoundListing listing) => new(
        listing.Name,
        listing.Slug,
        listing.Categories.Count > 0 ? listing.Categories[0] : null,
        listing.District,
        listing.Address.ToString(),
        listing.Status,
        listing.Hit.DistanceKm,
        HighlightHtml.Sanitize(listing.Hit.Highlight));

    private FacetGroup Group(
        string id, string heading, SearchFacetKind kind, IReadOnlyList<string> selected, IReadOnlyList<FacetCount> counts,
        SearchState state, SearchTermNames names)
    {
        var links = counts
            .Select(c => new FacetLink(Label(kind, c.Value, c.Label), c.Count, state.Toggle(kind, c.Value).ToPath(), selected.Contains(c.Value)))
            .ToList();
        // A chosen value stays listed (and so removable) even when nothing matches it any more.
        foreach (var value in selected.Where(v => counts.All(c => c.Value != v)))
        {
            links.Insert(0, new FacetLink(Label(kind, value, names.Of(kind).NameOf(value) ?? value), 0, state.Toggle(kind, value).ToPath(), true));
        }

        return new FacetGroup(id, heading, links);
    }

    private static readonly string[] WheelchairChoices = ["yes", "limited"];

    /// <summary>"Barrierefreiheit": filters without counts, with the wording of Wheelmap (wheelchair yes / limited).</summary>
    private FacetGroup AccessibilityGroup(SearchState state) => new("barrierefreiheit", t["Search.Accessibility.Heading"],
    [
        .. WheelchairChoices.Select(v => new FacetLink(
            t[$"Search.Accessibility.Wheelchair.{v}"], null, state.ToggleWheelchair(v).ToPath(), state.Wheelchair.Contains(v))),
        .. AccessibilityCodes.All.Select(code => new FacetLink(
            t[$"Search.Accessibility.{code}"], null, state.ToggleAccessibility(code).ToPath(), state.Accessibility.Contains(code))),
    ]);

    private FacetGroup OffersGroup(SearchState state, long count) =>
        new(SearchState.OffersParameter, t["Offers.Search.Facet"], count == 0 && !state.WithOffers
            ? []
            : [new FacetLink(t["Offers.Search.Facet"], count, (state.Restarted() with { WithOffers = !state.WithOffers }).ToPath(), state.WithOffers)]);

    private string Label(SearchFacetKind kind, string value, string label) =>
        kind == SearchFacetKind.Feature && ListingFeatureCodes.TryParse(value, out var feature)
            ? t[$"Feature.{feature}"]
            : label;

    private List<ActiveFilter> ActiveFilters(SearchState state, SearchTermNames names)
    {
        var filters = new List<ActiveFilter>();
        void Add(SearchFacetKind kind, IReadOnlyList<string> values)
        {
            foreach (var value in values)
            {
                var name = kind == SearchFacetKind.Feature ? Label(kind, value, value) : names.Of(kind).NameOf(value) ?? value;
                filters.Add(new ActiveFilter(name, state.Toggle(kind, value).ToPath()));
            }
        }

        Add(SearchFacetKind.Category, state.Categories);
        Add(SearchFacetKind.District, state.Districts);
        Add(SearchFacetKind.Feature, state.Features);
        filters.AddRange(state.Wheelchair.Select(v => new ActiveFilter(t[$"Search.Accessibility.Wheelchair.{v}"], state.ToggleWheelchair(v).ToPath())));
        filters.AddRange(state.Accessibility.Select(c => new ActiveFilter(t[$"Search.Accessibility.{c}"], state.ToggleAccessibility(c).ToPath())));
        if (state.WithOffers)
        {
            filters.Add(new ActiveFilter(t["Offers.Search.Facet"], (state.Restarted() with { WithOffers = false }).ToPath()));
        }

        if (state.OpenAt is { } openAt)
        {
            var label = openAt == SearchState.Now
                ? t["Search.OpenNow"].Value
                : t["Search.OpenAt", state.StatusInstant(clock.GetUtcNow()).ToString("g", System.Globalization.CultureInfo.CurrentCulture)].Value;
            filters.Add(new ActiveFilter(label, (state.Restarted() with { OpenAt = null }).ToPath()));
        }

        if (state.RadiusKm is { } radius)
        {
            filters.Add(new ActiveFilter(t["Search.Within", radius.ToString("0.#", System.Globalization.CultureInfo.CurrentCulture)], (state.Restarted() with { RadiusKm = null }).ToPath()));
        }

        return filters;
    }

    private List<SortLink> Sorts(SearchState state)
    {
        var sorts = new List<SortLink>();
        void Add(SearchSort sort, string label) =>
            sorts.Add(new SortLink(label, (state.Restarted() with { Sort = sort }).ToPath(), state.EffectiveSort == sort));

        if (state.HasText)
        {
            Add(SearchSort.Relevance, t["Search.Sort.Relevance"]);
        }

        if (state.Near is not null)
        {
            Add(SearchSort.Distance, t["Search.Sort.Distance"]);
        }

        Add(SearchSort.Name, t["Search.Sort.Name"]);
        return sorts;
    }

    private List<FacetLink> Radii(SearchState state) =>
        [.. RadiusChoices.Select(km => new FacetLink(
            t["Search.Within", km.ToString("0.#", System.Globalization.CultureInfo.CurrentCulture)],
            null,
            (state.Restarted() with { RadiusKm = state.RadiusKm == km ? null : km }).ToPath(),
            state.RadiusKm == km))];

    private async Task<List<CountedLinkItem>> BrowseCategoriesAsync(CancellationToken cancellationToken)
    {
        // An empty query's facets are the categories that have listings at all, with their sizes.
        var everything = await index.SearchAsync(new SearchQuery { PageSize = 1 }, cancellationToken);
        return [.. everything.Facets.Category.Take(BrowseCategoryCount).Select(c => new CountedLinkItem(c.Label, c.Value, (int)c.Count))
            .OrderBy(c => c.Name, GermanCollation.Comparer)];
    }

    private static List<KeyValuePair<string, string>> KeptFields(SearchState state)
    {
        // The form sends q itself; sort and page start over with a new text.
        var kept = state with { Text = null, Sort = state.Sort == SearchSort.Distance ? SearchSort.Distance : null, Page = 1 };
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(kept.ToPath(""));
        return [.. query.SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v ?? "")))];
    }
}
