namespace HalloBot.Search.Contract;

/// <summary>
/// "mit Angeboten": both backends keep the flag as a reserved value of the feature field, so that it is filtered
/// and counted by the feature facet's own machinery (counted like a feature: over the other facets' filters).
/// The value cannot clash with an exchange-format feature code, which never contains '@'; it is taken out of the
/// feature facet again before a result leaves the backend.
/// </summary>
internal static class OfferFlag
{
    public const string FeatureValue = "@offers";

    /// <summary>The document's feature values, with the flag when the listing has current offers.</summary>
    public static IEnumerable<string> IndexedFeatures(SearchDocument document) =>
        document.Offers.Count > 0 ? document.Features.Append(FeatureValue) : document.Features;

    /// <summary>The features a hit must have: the query's, plus the flag when it asks for listings with offers.</summary>
    public static IEnumerable<string> RequiredFeatures(SearchQuery query) =>
        query.WithOffers ? query.Features.Append(FeatureValue) : query.Features;

    /// <summary>Moves the flag's count out of the feature facet into <see cref="SearchFacets.WithOffers"/>.</summary>
    public static SearchFacets Separate(IReadOnlyList<FacetCount> category, IReadOnlyList<FacetCount> district, IReadOnlyList<FacetCount> feature) =>
        new(category, district, feature.Where(f => f.Value != FeatureValue).ToList())
        {
            WithOffers = feature.FirstOrDefault(f => f.Value == FeatureValue)?.Count ?? 0,
        };
}
