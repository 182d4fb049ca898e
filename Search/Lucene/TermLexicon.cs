using Lucene.Net.Index;

namespace HalloBot.Search.Lucene;

/// <summary>
/// The distinct terms of the name, category and keyword fields of one searcher with their document counts, for typo
/// tolerance: finding the terms within a few edits of an unknown word here is much cheaper than Lucene's fuzzy
/// queries, which build Levenshtein automata per field and query.
/// </summary>
internal sealed class TermLexicon
{
    private readonly Dictionary<int, List<(string Term, int Frequency)>> _byLength = [];

    private TermLexicon(IndexReader reader)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in LuceneFields.PrimaryFields)
        {
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null)
            {
                continue;
            }

            var termsEnum = terms.GetEnumerator();
            while (termsEnum.MoveNext())
            {
                var term = termsEnum.Term.Utf8ToString();
                frequencies[term] = frequencies.GetValueOrDefault(term) + termsEnum.DocFreq;
            }
        }

        foreach (var (term, frequency) in frequencies)
        {
            if (!_byLength.TryGetValue(term.Length, out var list))
            {
                _byLength[term.Length] = list = [];
            }

            list.Add((term, frequency));
        }
    }

    public static TermLexicon Build(IndexReader reader) => new(reader);

    /// <summary>Up to <paramref name="max"/> terms within <paramref name="maxEdits"/> edits, closest and most frequent first.</summary>
    public List<(string Term, int Distance)> Near(string term, int maxEdits, int max)
    {
        var found = new List<(string Term, int Distance, int Frequency)>();
        for (var length = term.Length - maxEdits; length <= term.Length + maxEdits; length++)
        {
            if (!_byLength.TryGetValue(length, out var candidates))
            {
                continue;
            }

            foreach (var (candidate, frequency) in candidates)
            {
                var distance = EditDistance.Compute(term, candidate, maxEdits);
                if (distance > 0 && distance <= maxEdits)
                {
                    found.Add((candidate, distance, frequency));
                }
            }
        }

        return found
            .OrderBy(f => f.Distance)
            .ThenByDescending(f => f.Frequency)
            .Take(max)
            .Select(f => (f.Term, f.Distance))
            .ToList();
    }
}
