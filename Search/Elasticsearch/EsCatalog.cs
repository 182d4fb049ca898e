using System.Text.Json.Nodes;
using HalloBot.Search.Analysis;
using HalloBot.Search.Lucene;

namespace HalloBot.Search.Elasticsearch;

/// <summary>
/// What the index holds across all documents: categories and districts with counts (for suggestions and for
/// recognising a district named in a query) and the distinct opening-hours strings (so "open at" evaluates each
/// string once instead of once per listing). Read with aggregations and kept for a short while.
/// </summary>
internal sealed class EsCatalog
{
    public const int CompositePageSize = 5000;
    public const string CategoriesAggregation = "categories";
    public const string DistrictsAggregation = "districts";
    public const string HoursAggregation = "hours";

    private readonly Dictionary<string, string> _districtByWords = new(StringComparer.Ordinal);
    private readonly int _longestDistrictName;

    public EsCatalog(IReadOnlyList<CatalogEntry> categories, IReadOnlyList<CatalogEntry> districts, IReadOnlyList<string> hours)
    {
        Categories = categories;
        Districts = districts;
        Hours = hours;
        foreach (var district in districts)
        {
            var words = IndexCatalog.FoldedWords(district.Name);
            _districtByWords.TryAdd(string.Join(' ', words), district.Slug);
            _longestDistrictName = Math.Max(_longestDistrictName, words.Count);
            _districtByWords.TryAdd(GermanFolding.Fold(district.Slug.Replace("-", "", StringComparison.Ordinal)), district.Slug);
        }
    }

    public IReadOnlyList<CatalogEntry> Categories { get; }
    public IReadOnlyList<CatalogEntry> Districts { get; }
    public IReadOnlyList<string> Hours { get; }

    /// <summary>The body of the first catalog request: all categories and districts, and the first page of hours.</summary>
    public static JsonObject RequestBody(JsonObject? hoursAfter) => new()
    {
        ["size"] = 0,
        ["track_total_hits"] = false,
        ["aggs"] = hoursAfter is null
            ? new JsonObject
            {
                [CategoriesAggregation] = Terms(EsFields.CategoryFacet, 10_000),
                [DistrictsAggregation] = Terms(EsFields.DistrictFacet, 1_000),
                [HoursAggregation] = HoursPage(null),
            }
            : new JsonObject { [HoursAggregation] = HoursPage(hoursAfter) },
    };

    /// <summary>Reads the catalog, paging through the distinct opening hours (there may be many).</summary>
    public static async Task<EsCatalog> LoadAsync(Func<JsonObject, Task<JsonNode?>> search)
    {
        var first = await search(RequestBody(null)) ?? throw new InvalidOperationException("Elasticsearch returned no catalog.");
        var aggregations = first["aggregations"];
        var hours = new List<string>();
        var page = aggregations?[HoursAggregation];
        while (page is not null)
        {
            var buckets = page["buckets"]?.AsArray() ?? [];
            hours.AddRange(buckets.Select(b => b?["key"]?[EsFields.OpeningHours]?.GetValue<string>()).OfType<string>());
            if (buckets.Count < CompositePageSize || page["after_key"] is not JsonObject after)
            {
                break;
            }

            page = (await search(RequestBody((JsonObject)after.DeepClone())))?["aggregations"]?[HoursAggregation];
        }

        return new EsCatalog(Entries(aggregations?[CategoriesAggregation]), Entries(aggregations?[DistrictsAggregation]), hours);
    }

    /// <summary>Indexes of the words that name a district, and the districts named (longest names first), as Lucene's catalog.</summary>
    public (HashSet<int> WordIndexes, List<string> Slugs) FindDistricts(IReadOnlyList<string> foldedWords)
    {
        var indexes = new HashSet<int>();
        var slugs = new List<string>();
        for (var start = 0; start < foldedWords.Count; start++)
        {
            for (var length = Math.Min(_longestDistrictName, foldedWords.Count - start); length >= 1; length--)
            {
                var key = string.Join(' ', foldedWords.Skip(start).Take(length));
                if (_districtByWords.TryGetValue(key, out var slug))
                {
                    for (var i = start; i < start + length; i++)
                    {
                        indexes.Add(i);
                    }

                    if (!slugs.Contains(slug))
                    {
                        slugs.Add(slug);
                    }

                    start += length - 1;
                    break;
                }
            }
        }

        return (indexes, slugs);
    }

    private static JsonObject Terms(string field, int size) => new()
    {
        ["terms"] = new JsonObject { ["field"] = field, ["size"] = size },
    };

    private static JsonObject HoursPage(JsonObject? after)
    {
        var composite = new JsonObject
        {
            ["size"] = CompositePageSize,
            ["sources"] = new JsonArray(new JsonObject
            {
                [EsFields.OpeningHours] = new JsonObject { ["terms"] = new JsonObject { ["field"] = EsFields.OpeningHours } },
            }),
        };
        if (after is not null)
        {
            composite["after"] = after;
        }

        return new JsonObject { ["composite"] = composite };
    }

    private static List<CatalogEntry> Entries(JsonNode? aggregation)
    {
        var bySlug = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        foreach (var bucket in aggregation?["buckets"]?.AsArray() ?? [])
        {
            if (bucket?["key"]?.GetValue<string>() is not { } key)
            {
                continue;
            }

            var (slug, name) = EsDocumentMapper.SplitFacetValue(key);
            var count = bucket["doc_count"]?.GetValue<long>() ?? 0;
            bySlug[slug] = bySlug.TryGetValue(slug, out var existing)
                ? existing with { Count = existing.Count + count }
                : new CatalogEntry(slug, name, count, string.Join(' ', IndexCatalog.FoldedWords(name)));
        }

        return [.. bySlug.Values.OrderByDescending(e => e.Count).ThenBy(e => e.Slug, StringComparer.Ordinal)];
    }
}
