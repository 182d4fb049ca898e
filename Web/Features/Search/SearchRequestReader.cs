using System.Globalization;
using HalloBot.Domain.Listings;
using HalloBot.Search.Contract;
using HalloBot.Web.Features.Api;

namespace HalloBot.Web.Features.Search;

/// <summary>A parameter that was not valid, and what it expects (English, for the API's problem details).</summary>
public sealed record SearchParameterError(string Parameter, string Message);

/// <summary>The valid part of a request, and what was wrong with the rest.</summary>
public sealed record SearchRequest(SearchState State, IReadOnlyList<SearchParameterError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Checks the parameters of a search the same way for the page and the API. Whatever is invalid is named in
/// <see cref="SearchRequest.Errors"/> and left out of the state: the API answers 400, the page says so and
/// searches with the rest.
/// </summary>
public sealed class SearchRequestReader(SearchTermDirectory terms)
{
    public const int MaxTextLength = 200;
    public const int MaxValuesPerFilter = 20;
    public const int MaxPage = 10_000;
    public const double MaxRadiusKm = 100;

    public async Task<SearchRequest> ReadAsync(SearchParameters parameters, CancellationToken cancellationToken)
    {
        var errors = new List<SearchParameterError>();
        void Fail(string parameter, string message) => errors.Add(new SearchParameterError(parameter, message));

        var text = parameters.Text?.Trim();
        if (text?.Length > MaxTextLength)
        {
            Fail(SearchParameters.Q, $"At most {MaxTextLength} characters.");
            text = null;
        }

        var categories = await ResolveAsync(SearchFacetKind.Category, parameters.Categories, SearchParameters.Category, Fail, cancellationToken);
        var districts = await ResolveAsync(SearchFacetKind.District, parameters.Districts, SearchParameters.District, Fail, cancellationToken);
        var features = Features(parameters.Features, Fail);
        var openAt = OpenAt(parameters.OpenAtText, Fail);
        var near = Position(parameters.Latitude, parameters.Longitude, Fail);
        var radius = Radius(parameters, near, Fail);
        var sort = Sort(parameters, near, Fail);

        var page = parameters.PageNumber ?? 1;
        if (page is < 1 or > MaxPage)
        {
            Fail(SearchParameters.Page, $"A whole number from 1 to {MaxPage}.");
            page = 1;
        }

        var pageSize = parameters.Size ?? SearchState.DefaultPageSize;
        if (pageSize is < 1 or > SearchQuery.MaxPageSize)
        {
            Fail(SearchParameters.PageSize, $"A whole number from 1 to {SearchQuery.MaxPageSize}.");
            pageSize = SearchState.DefaultPageSize;
        }

        var wheelchair = Codes(parameters.WheelchairValues, SearchParameters.Wheelchair, WheelchairValues, Fail);
        var accessibility = Codes(parameters.AccessibilityFacts, SearchParameters.Access, AccessibilityCodes.All, Fail);

        var state = new SearchState
        {
            Wheelchair = wheelchair,
            Accessibility = accessibility,
            Text = string.IsNullOrEmpty(text) ? null : text,
            Categories = categories,
            Districts = districts,
            Features = features,
            OpenAt = openAt,
            Near = near,
            RadiusKm = radius,
            Sort = sort,
            Page = page,
            PageSize = pageSize,
        };
        return new SearchRequest(state, errors);
    }

    private async Task<List<string>> ResolveAsync(
        SearchFacetKind kind, string[]? values, string parameter, Action<string, string> fail, CancellationToken cancellationToken)
    {
        var wanted = NonEmpty(values);
        if (wanted.Count > MaxValuesPerFilter)
        {
            fail(parameter, $"At most {MaxValuesPerFilter} values.");
            return [];
        }

        if (wanted.Count == 0)
        {
            return [];
        }

        var lookup = (await terms.CurrentAsync(cancellationToken)).Of(kind);
        if (wanted.Any(v => lookup.Find(v) is null))
        {
            lookup = (await terms.FreshAsync(cancellationToken)).Of(kind);
        }

        var slugs = new List<string>();
        foreach (var value in wanted)
        {
            if (lookup.Find(value) is { } term)
            {
                slugs.Add(term.Slug);
            }
            else
            {
                var what = kind == SearchFacetKind.District ? "district" : "category";
                fail(parameter, $"No {what} has the name or slug '{Shorten(value)}'.");
            }
        }

        return slugs.Distinct(StringComparer.Ordinal).ToList();
    }

    private static List<string> Features(string[]? values, Action<string, string> fail)
    {
        var wanted = NonEmpty(values);
        if (wanted.Count > MaxValuesPerFilter)
        {
            fail(SearchParameters.Feature, $"At most {MaxValuesPerFilter} values.");
            return [];
        }

        var codes = new List<string>();
        foreach (var value in wanted)
        {
            if (ListingFeatureCodes.TryParse(value, out var feature))
            {
                codes.Add(ListingFeatureCodes.ToCode(feature));
            }
            else
            {
                fail(SearchParameters.Feature, $"Unknown feature '{Shorten(value)}'; expected one of: {string.Join(", ", ListingFeatureCodes.AllCodes)}.");
            }
        }

        return codes.Distinct(StringComparer.Ordinal).ToList();
    }

    private static readonly string[] WheelchairValues = ["yes", "limited", "no"];

    /// <summary>Values of a fixed list, lower-cased, each once, in the list's order.</summary>
    private static List<string> Codes(string[]? values, string parameter, IReadOnlyList<string> allowed, Action<string, string> fail)
    {
        var wanted = NonEmpty(values);
        if (wanted.Count > MaxValuesPerFilter)
        {
            fail(parameter, $"At most {MaxValuesPerFilter} values.");
            return [];
        }

        var unknown = wanted.Where(v => !allowed.Contains(v.Trim().ToLowerInvariant())).ToList();
        foreach (var value in unknown)
        {
            fail(parameter, $"Unknown value '{Shorten(value)}'; expected one of: {string.Join(", ", allowed)}.");
        }

        var chosen = wanted.Select(v => v.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return [.. allowed.Where(chosen.Contains)];
    }

    private static string? OpenAt(string? text, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (string.Equals(text.Trim(), SearchState.Now, StringComparison.OrdinalIgnoreCase))
        {
            return SearchState.Now;
        }

        if (IsoInstant.TryParse(text, out var instant))
        {
            return instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        }

        fail(SearchParameters.OpenAt, $"{IsoInstant.Expected} Or 'now'.");
        return null;
    }

    private static GeoPoint? Position(double? latitude, double? longitude, Action<string, string> fail)
    {
        var latitudeValid = latitude is null || (double.IsFinite(latitude.Value) && latitude.Value is >= -90 and <= 90);
        var longitudeValid = longitude is null || (double.IsFinite(longitude.Value) && longitude.Value is >= -180 and <= 180);
        if (!latitudeValid)
        {
            fail(SearchParameters.Lat, "A latitude in degrees from -90 to 90, e.g. 51.5237.");
        }

        if (!longitudeValid)
        {
            fail(SearchParameters.Lon, "A longitude in degrees from -180 to 180, e.g. 6.9295.");
        }

        if (latitude is null && longitude is not null && longitudeValid)
        {
            fail(SearchParameters.Lat, "Needed together with lon.");
        }

        if (longitude is null && latitude is not null && latitudeValid)
        {
            fail(SearchParameters.Lon, "Needed together with lat.");
        }

        return latitude is { } lat && longitude is { } lon && latitudeValid && longitudeValid ? new GeoPoint(lat, lon) : null;
    }

    private static double? Radius(SearchParameters parameters, GeoPoint? near, Action<string, string> fail)
    {
        if (parameters.Radius is not { } radius)
        {
            return null;
        }

        if (!double.IsFinite(radius) || radius is <= 0 or > MaxRadiusKm)
        {
            fail(SearchParameters.RadiusKm, $"Kilometres, more than 0 and at most {MaxRadiusKm:0}.");
            return null;
        }

        // A position that was given but invalid is reported as such; the radius is not at fault then.
        if (near is null && parameters.Latitude is null && parameters.Longitude is null)
        {
            fail(SearchParameters.RadiusKm, "Needs a position: lat and lon.");
        }

        return near is null ? null : radius;
    }

    private static SearchSort? Sort(SearchParameters parameters, GeoPoint? near, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(parameters.SortText))
        {
            return null;
        }

        SearchSort? sort = parameters.SortText.Trim().ToLowerInvariant() switch
        {
            "relevance" => SearchSort.Relevance,
            "distance" => SearchSort.Distance,
            "name" => SearchSort.Name,
            _ => null,
        };
        if (sort is null)
        {
            fail(SearchParameters.Sort, "One of: relevance, distance, name.");
            return null;
        }

        if (sort == SearchSort.Distance && near is null)
        {
            if (parameters.Latitude is null && parameters.Longitude is null)
            {
                fail(SearchParameters.Sort, "Sorting by distance needs a position: lat and lon.");
            }

            return null;
        }

        return sort;
    }

    private static List<string> NonEmpty(string[]? values) =>
        values is null ? [] : values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList();

    // The value is echoed back to the caller: keep a hostile megabyte out of the answer.
    private static string Shorten(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
