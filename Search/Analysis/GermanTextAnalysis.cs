using System.Collections.Concurrent;

namespace HalloBot.Search.Analysis;

/// <summary>
/// The German analysis chain shared by both backends: words → folding → stop words → compound split → light stemming.
/// Stateless apart from a bounded cache of analysed words (business texts repeat the same few thousand words).
/// </summary>
public sealed class GermanTextAnalysis
{
    private const int MaxCachedWords = 200_000;
    private readonly GermanDecompounder _decompounder;
    private readonly ConcurrentDictionary<string, AnalyzedWord?> _cache = new(StringComparer.Ordinal);

    public GermanTextAnalysis(GermanDecompounder decompounder)
    {
        _decompounder = decompounder;
    }

    public static GermanTextAnalysis Default { get; } = new(GermanDecompounder.LoadDefault());

    /// <summary>The analysed words of a text with their source offsets; stop words left out.</summary>
    public IEnumerable<(AnalyzedWord Word, WordSpan Span)> Analyze(string text)
    {
        foreach (var span in WordTokenizer.Split(text))
        {
            if (AnalyzeWord(span.Text) is { } word)
            {
                yield return (word, span);
            }
        }
    }

    /// <summary>One word (may contain hyphens); null for a stop word.</summary>
    public AnalyzedWord? AnalyzeWord(string word)
    {
        if (_cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var analysed = AnalyzeUncached(word);
        if (_cache.Count < MaxCachedWords)
        {
            _cache.TryAdd(word, analysed);
        }

        return analysed;
    }

    private AnalyzedWord? AnalyzeUncached(string word)
    {
        var pieces = word.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(p => GermanFolding.Fold(p)).ToArray();
        var folded = string.Concat(pieces);
        if (folded.Length == 0 || (pieces.Length == 1 && StopWords.Contains(folded)))
        {
            return null;
        }

        var main = GermanStemmer.Stem(folded);
        var parts = new List<string>();
        var extra = new List<string>();
        if (pieces.Length > 1)
        {
            foreach (var piece in pieces)
            {
                var split = _decompounder.Split(piece);
                if (split.Parts.Count > 0)
                {
                    parts.AddRange(split.Parts.Select(GermanStemmer.Stem));
                    extra.Add(GermanStemmer.Stem(piece));
                }
                else
                {
                    parts.Add(GermanStemmer.Stem(piece));
                    extra.AddRange(split.LooseParts.Select(GermanStemmer.Stem));
                }
            }

            extra.AddRange(_decompounder.Split(folded).Parts.Select(GermanStemmer.Stem));
        }
        else
        {
            var split = _decompounder.Split(folded);
            parts.AddRange(split.Parts.Select(GermanStemmer.Stem));
            extra.AddRange(split.LooseParts.Select(GermanStemmer.Stem));
            foreach (var part in split.Parts)
            {
                extra.AddRange(_decompounder.Split(part).Parts.Select(GermanStemmer.Stem));
            }
        }

        // "bikeshop" → "bike": a part that is a stop word carries nothing a query could require.
        parts.RemoveAll(p => p.Length == 0 || p == main || StopWords.Contains(p));
        extra.RemoveAll(p => p.Length == 0 || p == main || parts.Contains(p));
        return new AnalyzedWord(folded, main, parts.Distinct().ToArray(), extra.Distinct().ToArray());
    }
}
