using HalloBot.Search.Analysis;
using Lucene.Net.Index;

namespace HalloBot.Search.Lucene;

/// <summary>
/// "Meinten Sie …?": for each word of a query that the index does not know, the closest word of the index's own
/// dictionary (names, categories, keywords, districts as written) by edit distance after folding; ties go to the
/// more frequent word. Built once per searcher, and only when a query needs it.
/// </summary>
internal sealed class SpellingCorrector
{
    private readonly List<(string Word, string Folded, int Frequency)> _dictionary = [];

    private SpellingCorrector(IndexReader reader)
    {
        var terms = MultiFields.GetTerms(reader, LuceneFields.Spell);
        if (terms is null)
        {
            return;
        }

        var byFolded = new Dictionary<string, (string Word, int Frequency)>(StringComparer.Ordinal);
        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            var word = termsEnum.Term.Utf8ToString();
            if (word.Length < 3 || word.Any(char.IsDigit))
            {
                continue;
            }

            var folded = GermanFolding.Fold(word);
            var frequency = termsEnum.DocFreq;
            if (!byFolded.TryGetValue(folded, out var existing) || existing.Frequency < frequency)
            {
                byFolded[folded] = (word, frequency);
            }
        }

        foreach (var (folded, (word, frequency)) in byFolded)
        {
            _dictionary.Add((word, folded, frequency));
        }
    }

    public static SpellingCorrector Build(IndexReader reader) => new(reader);

    /// <returns>The query with unknown words replaced, or null when there is nothing to correct.</returns>
    public string? Correct(IReadOnlyList<QueryWord> words)
    {
        var corrected = false;
        var output = new List<string>(words.Count);
        foreach (var word in words)
        {
            var replacement = word.Known ? null : Closest(word.Analyzed.Folded);
            output.Add(replacement ?? word.Surface);
            corrected |= replacement is not null;
        }

        return corrected ? string.Join(' ', output) : null;
    }

    /// <summary>The index word (as written, lower-cased) closest to a folded word, within 1 edit up to 4 letters, else 2.</summary>
    public string? Closest(string folded)
    {
        var maxEdits = folded.Length switch
        {
            < 3 => 0,
            <= 4 => 1,
            _ => 2,
        };
        if (maxEdits == 0)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        foreach (var (word, candidate, frequency) in _dictionary)
        {
            if (Math.Abs(candidate.Length - folded.Length) > maxEdits)
            {
                continue;
            }

            var distance = EditDistance.Compute(folded, candidate, Math.Min(maxEdits, bestDistance));
            if (distance <= maxEdits && (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency)))
            {
                (best, bestDistance, bestFrequency) = (word, distance, frequency);
            }
        }

        return best;
    }
}
