using HalloBot.Search.Analysis;
using Lucene.Net.Index;

namespace HalloBot.Search.Lucene;

internal sealed record CatalogEntry(string Slug, string Name, long Count, string FoldedName);

/// <summary>
/// The categories and districts that the documents of one searcher use, with counts: the source of category and
/// district suggestions and of district detection in queries ("friseur kirchhellen"). Built once per searcher.
/// </summary>
internal sealed class IndexCatalog
{
    private readonly Dictionary<string, string> _districtByWords = new(StringComparer.Ordinal);
    private readonly int _longestDistrictName;

    private IndexCatalog(IReadOnlyList<CatalogEntry> categories, IReadOnlyList<CatalogEntry> districts)
    {
        Categories = categories;
        Districts = districts;
        foreach (var district in districts)
        {
            var words = FoldedWords(district.Name);
            _districtByWords.TryAdd(string.Join(' ', words), district.Slug);
            _longestDistrictName = Math.Max(_longestDistrictName, words.Count);
            _districtByWords.TryAdd(GermanFolding.Fold(district.Slug.Replace("-", "", StringComparison.Ordinal)), district.Slug);
        }
    }

    public IReadOnlyList<CatalogEntry> Categories { get; }
    public IReadOnlyList<CatalogEntry> Districts { get; }

    public static IndexCatalog Build(IndexReader reader)
    {
        var categories = new Dictionary<string, long>(StringComparer.Ordinal);
        var districts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var segment = SegmentValues.Of(leaf.AtomicReader);
            var live = leaf.AtomicReader.LiveDocs;
            var categoryCounts = new int[segment.Categories.Values.Length];
            var districtCounts = new int[segment.Districts.Values.Length];
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    segment.Categories.AddCounts(doc, categoryCounts);
                    segment.Districts.AddCounts(doc, districtCounts);
                }
            }

            Add(categoryCounts, segment.Categories.Values, categories);
            Add(districtCounts, segment.Districts.Values, districts);
        }

        return new IndexCatalog(Entries(categories), Entries(districts));
    }

    /// <summary>Indexes of the words that name a district, and the districts named (longest names first).</summary>
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

    internal static List<string> FoldedWords(string text) =>
        WordTokenizer.Split(text).Select(w => GermanFolding.Fold(w.Text.Replace("-", "", StringComparison.Ordinal))).ToList();

    private static void Add(int[] counts, string[] values, Dictionary<string, long> into)
    {
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0)
            {
                into[values[ord]] = into.GetValueOrDefault(values[ord]) + counts[ord];
            }
        }
    }

    private static List<CatalogEntry> Entries(Dictionary<string, long> counts)
    {
        var bySlug = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        foreach (var (value, count) in counts)
        {
            var slug = FacetFilterCollector.SlugOf(value);
            var name = value.Length > slug.Length ? value[(slug.Length + 1)..] : slug;
            bySlug[slug] = bySlug.TryGetValue(slug, out var existing)
                ? existing with { Count = existing.Count + count }
                : new CatalogEntry(slug, name, count, string.Join(' ', FoldedWords(name)));
        }

        return [.. bySlug.Values.OrderByDescending(e => e.Count).ThenBy(e => e.Slug, StringComparer.Ordinal)];
    }
}
