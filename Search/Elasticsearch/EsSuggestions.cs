using HalloBot.Search.Contract;
using HalloBot.Search.Lucene;

namespace HalloBot.Search.Elasticsearch;

/// <summary>
/// Completions in the same order as the Lucene backend: up to three categories and two districts whose name (or a
/// word of it) starts with the folded input, then listings whose name words start with the typed words, then the
/// remaining categories and districts.
/// </summary>
internal static class EsSuggestions
{
    private const int MaxCategories = 3;
    private const int MaxDistricts = 2;

    public static IReadOnlyList<Suggestion> Combine(EsCatalog catalog, string prefix, IReadOnlyList<Suggestion> listings, int max)
    {
        var words = IndexCatalog.FoldedWords(prefix).Where(w => w.Length > 0).ToList();
        if (words.Count == 0 || max <= 0)
        {
            return [];
        }

        var folded = string.Join(' ', words);
        var categories = Matching(catalog.Categories, folded, words).Select(e => new Suggestion(e.Name, SuggestionKind.Category, e.Slug)).ToList();
        var districts = Matching(catalog.Districts, folded, words).Select(e => new Suggestion(e.Name, SuggestionKind.District, e.Slug)).ToList();

        var result = new List<Suggestion>(max);
        result.AddRange(categories.Take(MaxCategories));
        result.AddRange(districts.Take(MaxDistricts));
        result.AddRange(listings.Take(Math.Max(0, max - result.Count)));
        result.AddRange(categories.Skip(MaxCategories).Concat(districts.Skip(MaxDistricts)).Take(Math.Max(0, max - result.Count)));
        return result.Take(max).ToList();
    }

    private static IEnumerable<CatalogEntry> Matching(IReadOnlyList<CatalogEntry> entries, string folded, List<string> words) =>
        entries
            .Select(entry => (entry, rank: entry.FoldedName.StartsWith(folded, StringComparison.Ordinal) ? 0
                : words.Count == 1 && entry.FoldedName.Split(' ').Any(w => w.StartsWith(folded, StringComparison.Ordinal)) ? 1
                : 2))
            .Where(x => x.rank < 2)
            .OrderBy(x => x.rank)
            .ThenByDescending(x => x.entry.Count)
            .Select(x => x.entry);
}
