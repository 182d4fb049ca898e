namespace HalloBot.Search.Analysis;

/// <summary>
/// The office's synonym list (Search/Synonyms/synonyms.de.txt): one group per line, terms separated by commas,
/// a term may have several words ("tax advisor"). Expanded at query time only, so an edit takes effect on the next
/// start without rebuilding the index.
/// </summary>
public sealed class SynonymList
{
    private readonly Dictionary<string, List<IReadOnlyList<AnalyzedWord>>> _byKey = new(StringComparer.Ordinal);

    private SynonymList(int longestTerm)
    {
        LongestTerm = longestTerm;
    }

    public static SynonymList Empty { get; } = new(0);

    /// <summary>Words in the longest term, for matching multi-word terms in a query.</summary>
    public int LongestTerm { get; }

    public int GroupCount { get; private set; }

    public static SynonymList Parse(IEnumerable<string> lines, GermanTextAnalysis analysis)
    {
        var groups = new List<List<IReadOnlyList<AnalyzedWord>>>();
        var longest = 0;
        foreach (var line in lines)
        {
            var text = line.Split('#', 2)[0];
            var group = new List<IReadOnlyList<AnalyzedWord>>();
            foreach (var term in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var words = analysis.Analyze(term).Select(w => w.Word).ToArray();
                if (words.Length > 0 && !group.Any(g => KeyOf(g) == KeyOf(words)))
                {
                    group.Add(words);
                    longest = Math.Max(longest, words.Length);
                }
            }

            if (group.Count >= 2)
            {
                groups.Add(group);
            }
        }

        var list = new SynonymList(longest) { GroupCount = groups.Count };
        foreach (var group in groups)
        {
            foreach (var term in group)
            {
                var key = KeyOf(term);
                if (!list._byKey.TryGetValue(key, out var alternatives))
                {
                    list._byKey[key] = alternatives = [];
                }

                alternatives.AddRange(group.Where(t => KeyOf(t) != key && !alternatives.Any(a => KeyOf(a) == KeyOf(t))));
            }
        }

        return list;
    }

    public static SynonymList Load(string path, GermanTextAnalysis analysis)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The synonym list '{path}' does not exist.", path);
        }

        return Parse(File.ReadLines(path), analysis);
    }

    /// <summary>The other terms of the groups that the term made of these words belongs to.</summary>
    public IReadOnlyList<IReadOnlyList<AnalyzedWord>> AlternativesOf(IEnumerable<AnalyzedWord> term) =>
        _byKey.TryGetValue(KeyOf(term), out var alternatives) ? alternatives : [];

    private static string KeyOf(IEnumerable<AnalyzedWord> words) => string.Join(' ', words.Select(w => w.Main));
}
