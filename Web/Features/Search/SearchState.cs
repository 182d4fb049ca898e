using System.Globalization;
using System.Text;
using HalloBot.Domain.Listings;
using HalloBot.Search.Contract;

namespace HalloBot.Web.Features.Search;

/// <summary>
/// A search whose parameters are all valid, in their canonical form (slugs, codes), from which the page builds
/// its links: each link is this state with one thing changed. The query string uses the API's names.
/// </summary>
public sealed record SearchState
{
    public const int DefaultPageSize = 20;

    /// <summary>The value of <c>openAt</c> that means the instant of the request.</summary>
    public const string Now = "now";

    public string? Text { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> Districts { get; init; } = [];
    public IReadOnlyList<string> Features { get; init; } = [];

    /// <summary>OSM <c>wheelchair</c> values, any of which will do.</summary>
    public IReadOnlyList<string> Wheelchair { get; init; } = [];

    /// <summary><see cref="AccessibilityCodes"/> that must all hold.</summary>
    public IReadOnlyList<string> Accessibility { get; init; } = [];

    /// <summary>Only listings with current offers ("mit Angeboten"); the page's own parameter <see cref="OffersParameter"/>, not the API's.</summary>
    public bool WithOffers { get; init; }

    public const string OffersParameter = "angebote";

    /// <summary><see cref="Now"/> or an ISO 8601 instant; null without the "open at" filter.</summary>
    public string? OpenAt { get; init; }

    public GeoPoint? Near { get; init; }
    public double? RadiusKm { get; init; }

    /// <summary>The sort asked for; null means the default (relevance with text, name without).</summary>
    public SearchSort? Sort { get; init; }

    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;

    public bool HasText => !string.IsNullOrWhiteSpace(Text);

    public bool HasFilters => Categories.Count > 0 || Districts.Count > 0 || Features.Count > 0 || OpenAt is not null || RadiusKm is not null || WithOffers
        || Wheelchair.Count > 0 || Accessibility.Count > 0;

    public SearchSort EffectiveSort => Sort ?? (HasText ? SearchSort.Relevance : SearchSort.Name);

    /// <summary>The instant "open now" means for this search: the one asked for with <c>openAt</c>, else <paramref name="now"/>.</summary>
    public DateTimeOffset StatusInstant(DateTimeOffset now) =>
        OpenAt is null or Now ? now : DateTimeOffset.Parse(OpenAt, CultureInfo.InvariantCulture);

    public SearchQuery ToQuery(DateTimeOffset now) => new()
    {
        Text = HasText ? Text : null,
        Categories = Categories,
        Districts = Districts,
        Features = Features,
        Wheelchair = Wheelchair,
        Accessibility = Accessibility,
        WithOffers = WithOffers,
        OpenAt = OpenAt is null ? null : StatusInstant(now),
        Near = Near,
        RadiusKm = RadiusKm,
        Sort = EffectiveSort,
        Page = Page,
        PageSize = PageSize,
    };

    /// <summary>This search as <c>/suche?…</c>, parameters in a fixed order and defaults left out, so equal searches get equal URLs.</summary>
    public string ToPath(string path = "/suche")
    {
        var query = new StringBuilder();
        void Add(string name, string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }

        Add(SearchParameters.Q, Text);
        foreach (var category in Categories)
        {
            Add(SearchParameters.Category, category);
        }

        foreach (var district in Districts)
        {
            Add(SearchParameters.District, district);
        }

        foreach (var feature in Features)
        {
            Add(SearchParameters.Feature, feature);
        }

        Add(OffersParameter, WithOffers ? "1" : null);
        Add(SearchParameters.OpenAt, OpenAt);
        Add(SearchParameters.Lat, Near is { } near ? Number(near.Latitude) : null);
        Add(SearchParameters.Lon, Near is { } point ? Number(point.Longitude) : null);
        Add(SearchParameters.RadiusKm, RadiusKm is { } radius ? Number(radius) : null);
        Add(SearchParameters.Sort, Sort?.ToString().ToLowerInvariant());
        Add(SearchParameters.Page, Page == 1 ? null : Page.ToString(CultureInfo.InvariantCulture));
        Add(SearchParameters.PageSize, PageSize == DefaultPageSize ? null : PageSize.ToString(CultureInfo.InvariantCulture));
        foreach (var value in Wheelchair)
        {
            Add(SearchParameters.Wheelchair, value);
        }

        foreach (var fact in Accessibility)
        {
            Add(SearchParameters.Access, fact);
        }

        return path + query;
    }

    /// <summary>The same search from its first page: every change of what is searched starts over.</summary>
    public SearchState Restarted() => this with { Page = 1 };

    public SearchState Toggle(SearchFacetKind kind, string value) => kind switch
    {
        SearchFacetKind.Category => Restarted() with { Categories = Toggled(Categories, value) },
        SearchFacetKind.District => Restarted() with { Districts = Toggled(Districts, value) },
        _ => Restarted() with { Features = Toggled(Features, value) },
    };

    public SearchState WithoutFilters() => Restarted() with
    {
        Categories = [],
        Districts = [],
        Features = [],
        WithOffers = false,
        OpenAt = null,
        RadiusKm = null,
        Wheelchair = [],
        Accessibility = [],
    };

    /// <summary>With <paramref name="value"/> of the wheelchair filter added or taken away.</summary>
    public SearchState ToggleWheelchair(string value) => Restarted() with { Wheelchair = Toggled(Wheelchair, value) };

    /// <summary>With the accessibility fact <paramref name="code"/> added or taken away.</summary>
    public SearchState ToggleAccessibility(string code) => Restarted() with { Accessibility = Toggled(Accessibility, code) };

    /// <summary>Without the position, and so without radius and distance sort, which need it.</summary>
    public SearchState WithoutPosition() => Restarted() with
    {
        Near = null,
        RadiusKm = null,
        Sort = Sort == SearchSort.Distance ? null : Sort,
    };

    private static List<string> Toggled(IReadOnlyList<string> values, string value) =>
        values.Contains(value, StringComparer.Ordinal)
            ? values.Where(v => !string.Equals(v, value, StringComparison.Ordinal)).ToList()
            : [.. values, value];

    // Six decimals are about 10 cm: enough for a position, short in a URL.
    private static string Number(double value) => Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);
}

public enum SearchFacetKind
{
    Category,
    District,
    Feature,
}
