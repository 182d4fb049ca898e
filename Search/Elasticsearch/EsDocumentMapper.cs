using System.Globalization;
using System.Text.Json.Nodes;
using HalloBot.Search.Contract;

namespace HalloBot.Search.Elasticsearch;

/// <summary>A <see cref="SearchDocument"/> as the JSON source of an Elasticsearch document (id = listing id).</summary>
internal static class EsDocumentMapper
{
    public static string IdOf(int listingId) => listingId.ToString(CultureInfo.InvariantCulture);

    public static JsonObject ToSource(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var source = new JsonObject
        {
            [EsFields.ListingId] = document.ListingId,
            [EsFields.Slug] = document.Slug,
            [EsFields.Name] = document.Name,
            [EsFields.Categories] = Strings(document.Categories.Select(c => c.Name)),
            [EsFields.CategorySlugs] = Strings(document.Categories.Select(c => c.Slug)),
            [EsFields.CategoryFacet] = Strings(document.Categories.Select(FacetValue).Distinct(StringComparer.Ordinal)),
            [EsFields.Keywords] = Strings(document.Keywords),
            [EsFields.Offers] = Strings(document.Offers),
            [EsFields.Description] = document.Description,
            [EsFields.Features] = Strings(OfferFlag.IndexedFeatures(document).Select(f => f.Trim().ToLowerInvariant())),
            [EsFields.UpdatedAt] = DateTime.SpecifyKind(document.UpdatedAt, document.UpdatedAt.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : document.UpdatedAt.Kind)
                .ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        };
        if (!string.IsNullOrWhiteSpace(document.Wheelchair))
        {
            source[EsFields.Wheelchair] = document.Wheelchair.Trim().ToLowerInvariant();
        }

        if (document.Accessibility.Count > 0)
        {
            source[EsFields.Accessibility] = Strings(AccessibilityCodes.Clean(document.Accessibility));
        }

        if (document.ExternalId is not null)
        {
            source[EsFields.ExternalId] = document.ExternalId;
        }

        if (document.District is { } district)
        {
            source[EsFields.District] = district.Name;
            source[EsFields.DistrictSlug] = district.Slug;
            source[EsFields.DistrictFacet] = FacetValue(district);
        }

        if (document.Location is { } location)
        {
            source[EsFields.Location] = new JsonObject { ["lat"] = location.Latitude, ["lon"] = location.Longitude };
        }

        if (!string.IsNullOrWhiteSpace(document.OpeningHours))
        {
            source[EsFields.OpeningHours] = document.OpeningHours;
        }

        return source;
    }

    /// <summary>"slug\u001fName": the facet carries the display name with the slug, as in the Lucene index.</summary>
    public static string FacetValue(SearchTerm term) => term.Slug + EsFields.LabelSeparator + term.Name;

    public static (string Value, string Label) SplitFacetValue(string facetValue)
    {
        var separator = facetValue.IndexOf(EsFields.LabelSeparator, StringComparison.Ordinal);
        return separator < 0 ? (facetValue, facetValue) : (facetValue[..separator], facetValue[(separator + 1)..]);
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
}
