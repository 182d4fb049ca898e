using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Search;

/// <summary>
/// The query parameters of a search, as the search page and <c>/api/v1/search</c> both take them, so that a
/// link works for either. Bound loosely; <see cref="SearchRequestReader"/> decides what is valid.
/// </summary>
public sealed class SearchParameters
{
    public const string Q = "q";
    public const string Category = "category";
    public const string District = "district";
    public const string Feature = "feature";
    public const string OpenAt = "openAt";
    public const string Lat = "lat";
    public const string Lon = "lon";
    public const string RadiusKm = "radiusKm";
    public const string Sort = "sort";
    public const string Page = "page";
    public const string PageSize = "pageSize";
    public const string Wheelchair = "wheelchair";
    public const string Access = "access";

    /// <summary>What the resident typed; empty lists everything the filters allow.</summary>
    [FromQuery(Name = Q)]
    public string? Text { get; set; }

    /// <summary>Category names as written in the exchange format (any case) or slugs; repeatable.</summary>
    [FromQuery(Name = Category)]
    public string[]? Categories { get; set; }

    /// <summary>District (Stadtteil) names or slugs; repeatable.</summary>
    [FromQuery(Name = District)]
    public string[]? Districts { get; set; }

    /// <summary>Feature codes of the exchange format (<c>card_payment</c>, …); repeatable, all must hold.</summary>
    [FromQuery(Name = Feature)]
    public string[]? Features { get; set; }

    /// <summary>Only listings open at this instant: ISO 8601 with an offset or Z, or <c>now</c>.</summary>
    [FromQuery(Name = OpenAt)]
    public string? OpenAtText { get; set; }

    [FromQuery(Name = Lat)]
    public double? Latitude { get; set; }

    [FromQuery(Name = Lon)]
    public double? Longitude { get; set; }

    [FromQuery(Name = RadiusKm)]
    public double? Radius { get; set; }

    /// <summary><c>relevance</c> (default with text), <c>distance</c> (needs lat/lon) or <c>name</c> (default without text).</summary>
    [FromQuery(Name = Sort)]
    public string? SortText { get; set; }

    [FromQuery(Name = Page)]
    public int? PageNumber { get; set; }

    [FromQuery(Name = PageSize)]
    public int? Size { get; set; }

    /// <summary>OSM <c>wheelchair</c> values (<c>yes</c>, <c>limited</c>, <c>no</c>); repeatable, any may hold.</summary>
    [FromQuery(Name = Wheelchair)]
    public string[]? WheelchairValues { get; set; }

    /// <summary>Accessibility facts (<c>wheelchair_toilet</c>, <c>hearing_loop</c>, <c>seating</c>); repeatable, all must hold.</summary>
    [FromQuery(Name = Access)]
    public string[]? AccessibilityFacts { get; set; }
}
