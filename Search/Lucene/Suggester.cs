using HalloBot.Search.Analysis;
using HalloBot.Search.Contract;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HalloBot.Search.Lucene;

/// <summary>
/// Completions for what a resident has typed: categories and districts whose name (or a word of it) starts with the
/// folded input ("bäck" → Bäckerei), then listings whose name words start with the typed words (edge n-grams).
/// </summary>
internal static class Suggester
{
    private const int MaxCategories = 3;
    private const int MaxDistricts = 2;
    private static readonly HashSet<string> LegacyStoredFields = [LuceneFields.Name, LuceneFields.Slug];

    public static IReadOnlyList<Suggestion> Suggest(IndexSearcher searcher, IndexCatalog catalog, string prefix, int max)
    {
        var words = IndexCatalog.FoldedWords(prefix).Where(w => w.Length > 0).ToList();
        if (words.Count == 0 || max <= 0)
        {
            return [];
        }

        var folded = string.Join(' ', words);
        var categories = Matching(catalog.Categories, folded, words).Select(e => new Suggestion(e.Name, SuggestionKind.Category, e.Slug)).ToList();
        var districts = Matching(catalog.Districts, folded, words).Select(e => new Suggestion(e.Name, SuggestionKind.District, e.Slug)).ToList();
        var listings = Listings(searcher, words, max);

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

    private static List<Suggestion> Listings(IndexSearcher searcher, List<string> words, int max)
    {
        var query = new BooleanQuery();
        foreach (var word in words)
        {
            var gram = word.Length > GermanLuceneAnalyzer.MaxPrefixLength ? word[..GermanLuceneAnalyzer.MaxPrefixLength] : word;
            query.Add(new TermQuery(new Term(LuceneFields.Suggest, gram)), Occur.MUST);
        }

        var top = searcher.Search(query, max);
        var suggestions = new List<Suggestion>(top.ScoreDocs.Length);
        var leaves = searcher.IndexReader.Leaves;
        foreach (var hit in top.ScoreDocs)
        {
            var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
            if (HitData.Open(leaf.AtomicReader).Get(hit.Doc - leaf.DocBase) is { } data)
            {
                suggestions.Add(new Suggestion(data.Name, SuggestionKind.Listing, data.Slug));
            }
            else
            {
                // An index written before the hit data existed stored name and slug.
                var document = searcher.Doc(hit.Doc, LegacyStoredFields);
                suggestions.Add(new Suggestion(document.Get(LuceneFields.Name), SuggestionKind.Listing, document.Get(LuceneFields.Slug)));
            }
        }

        return suggestions;
    }
}
