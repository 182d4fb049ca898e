using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using HalloBot.Domain.Listings;
using HalloBot.Search.Analysis;
using HalloBot.Search.Contract;

namespace HalloBot.Search.Elasticsearch;

/// <summary>Turns <c>_search</c> responses into the contract's results.</summary>
internal static class EsResponseReader
{
    public static SearchResult Result(JsonNode response, SearchQuery query, EsTextPlan? plan, GermanTextAnalysis analysis)
    {
        var total = response["hits"]?["total"]?["value"]?.GetValue<long>() ?? 0;
        var hits = (response["hits"]?["hits"]?.AsArray() ?? []).OfType<JsonObject>().Select(h => Hit(h, query.Near)).ToList();
        var aggregations = response["aggregations"];
        var facets = OfferFlag.Separate(
            Facet(aggregations?["category"]),
            Facet(aggregations?["district"]),
            Facet(aggregations?["feature"]));
        var didYouMean = plan is null ? null : DidYouMean(plan.Text, response["suggest"]?[EsQueryBuilder.DidYouMeanSuggestion], analysis);
        return new SearchResult(total, hits, facets, didYouMean);
    }

    public static IReadOnlyList<Suggestion> Listings(JsonNode response) =>
        (response["hits"]?["hits"]?.AsArray() ?? [])
            .Select(h => h?["_source"])
            .Where(s => s?[EsFields.Name] is not null && s[EsFields.Slug] is not null)
            .Select(s => new Suggestion(s![EsFields.Name]!.GetValue<string>(), SuggestionKind.Listing, s[EsFields.Slug]!.GetValue<string>()))
            .ToList();

    private static SearchHit Hit(JsonObject hit, GeoPoint? near)
    {
        var source = hit["_source"] ?? throw new InvalidOperationException("Elasticsearch returned a hit without its source.");
        var listingId = source[EsFields.ListingId]!.GetValue<int>();
        var slug = source[EsFields.Slug]!.GetValue<string>();
        var score = hit["_score"] is JsonValue scoreValue && scoreValue.TryGetValue<double>(out var s) ? s : 0;

        // The distance is computed here from the stored position with the same formula as the Lucene backend, so both
        // report the same kilometres whatever the sort; listings without a position have none.
        double? distance = null;
        if (near is not null && source[EsFields.Location] is JsonObject location
            && location["lat"] is JsonValue lat && location["lon"] is JsonValue lon)
        {
            distance = near.DistanceKmTo(new GeoPoint(lat.GetValue<double>(), lon.GetValue<double>()));
        }

        return new SearchHit(listingId, slug, score, distance, Highlight(hit["highlight"]))
        {
            Name = Text(source[EsFields.Name]) ?? "",
            ExternalId = Text(source[EsFields.ExternalId]),
            Categories = (source[EsFields.Categories] as JsonArray ?? []).Select(Text).OfType<string>().ToList(),
            District = Text(source[EsFields.District]),
            OpeningHours = Text(source[EsFields.OpeningHours]),
        };
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The description's passage when the words matched there, else the whole name.</summary>
    private static string? Highlight(JsonNode? highlight) =>
        First(highlight?[EsFields.Description]) ?? First(highlight?[EsFields.Name]);

    private static string? First(JsonNode? fragments) =>
        fragments is JsonArray { Count: > 0 } array ? array[0]?.GetValue<string>() : null;

    private static List<FacetCount> Facet(JsonNode? aggregation) =>
        (aggregation?["values"]?["buckets"]?.AsArray() ?? [])
            .Select(b => (Key: b?["key"]?.GetValue<string>(), Count: b?["doc_count"]?.GetValue<long>() ?? 0))
            .Where(b => b.Key is not null && b.Count > 0)
            .Select(b => (Split: EsDocumentMapper.SplitFacetValue(b.Key!), b.Count))
            .GroupBy(b => b.Split.Value, StringComparer.Ordinal)
            .Select(g => new FacetCount(g.Key, g.First().Split.Label, g.Sum(b => b.Count)))
            .OrderByDescending(f => f.Count)
            .ThenBy(f => f.Label, StringComparer.CurrentCulture)
            .ToList();

    /// <summary>
    /// The query with each unknown word replaced by the closest indexed word, or null when nothing was replaced.
    /// A replacement that is only another form of the same word ("bäckereien" → "bäckerei") is not offered.
    /// </summary>
    public static string? DidYouMean(string text, JsonNode? suggestion, GermanTextAnalysis analysis)
    {
        var replacements = new List<(int Offset, int Length, string Text)>();
        foreach (var entry in suggestion?.AsArray() ?? [])
        {
            var option = entry?["options"]?.AsArray().FirstOrDefault()?["text"]?.GetValue<string>();
            var offset = entry?["offset"]?.GetValue<int>() ?? -1;
            var length = entry?["length"]?.GetValue<int>() ?? 0;
            if (option is null || offset < 0 || offset + length > text.Length)
            {
                continue;
            }

            var original = text.Substring(offset, length);
            if (analysis.AnalyzeWord(original)?.Main is { } stem && stem == analysis.AnalyzeWord(option)?.Main)
            {
                continue;
            }

            replacements.Add((offset, length, option));
        }

        if (replacements.Count == 0)
        {
            return null;
        }

        var corrected = new StringBuilder(text);
        foreach (var (offset, length, replacement) in replacements.OrderByDescending(r => r.Offset))
        {
            corrected.Remove(offset, length).Insert(offset, replacement);
        }

        return corrected.ToString();
    }
}
