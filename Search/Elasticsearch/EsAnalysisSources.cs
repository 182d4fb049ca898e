using System.Reflection;
using HalloBot.Search.Analysis;

namespace HalloBot.Search.Elasticsearch;

/// <summary>
/// The word lists the Elasticsearch analysis chain is built from, taken from the same sources as the Lucene chain:
/// the office's synonym file (sent inline as synonym rules, so one file serves both backends), the curated compound
/// word list shipped in the search assembly, and the stop words.
/// </summary>
internal sealed record EsAnalysisSources(IReadOnlyList<string> SynonymRules, IReadOnlyList<string> CompoundWords, IReadOnlyList<string> StopWords)
{
    private const string CompoundWordsResource = "HalloBot.Search.Analysis.compound-words.de.txt";

    /// <summary>Folded, as <see cref="Analysis.StopWords"/> holds them (a test keeps the two lists equal).</summary>
    internal static readonly string[] DefaultStopWords =
    [
        "aber", "alle", "als", "am", "an", "auch", "auf", "aus", "bei", "beim", "bis", "das", "dass", "dem", "den", "der",
        "des", "die", "ein", "eine", "einem", "einen", "einer", "eines", "es", "fur", "gibt", "hier", "ich", "im", "in",
        "ins", "ist", "mit", "nach", "oder", "sich", "sind", "so", "suche", "um", "und", "vom", "von", "vor", "wie",
        "wo", "zu", "zum", "zur", "the", "and", "of", "for", "near", "a", "to", "at", "with", "shop", "store",
        "bottrop", "nahe", "umgebung", "jetzt", "heute", "offen", "geoffnet", "nearby", "open", "now",
    ];

    public static EsAnalysisSources Load(string synonymsFile) =>
        new(ReadSynonymRules(synonymsFile), ReadCompoundWords(), DefaultStopWords);

    /// <summary>
    /// One rule per group line of the office's file ("Kiosk, Büdchen, Trinkhalle" is already Elasticsearch's
    /// equivalence syntax); comments and blank lines dropped, terms trimmed, groups of one term left out.
    /// </summary>
    public static IReadOnlyList<string> ReadSynonymRules(string synonymsFile)
    {
        if (!File.Exists(synonymsFile))
        {
            throw new FileNotFoundException($"The synonym list '{synonymsFile}' does not exist.", synonymsFile);
        }

        return ParseSynonymRules(File.ReadLines(synonymsFile));
    }

    public static IReadOnlyList<string> ParseSynonymRules(IEnumerable<string> lines)
    {
        var rules = new List<string>();
        foreach (var line in lines)
        {
            // "=>" would make a rule one-directional and the Lucene list has no such rules; a stray one is read as a comma.
            var terms = line.Split('#', 2)[0]
                .Replace("=>", ",", StringComparison.Ordinal)
                .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToArray();
            if (terms.Length >= 2)
            {
                rules.Add(string.Join(", ", terms));
            }
        }

        return rules;
    }

    /// <summary>The compound word list, folded (the decompounder sees words after german_normalization).</summary>
    public static IReadOnlyList<string> ReadCompoundWords()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(CompoundWordsResource)
            ?? throw new InvalidOperationException("The compound word list is missing from the search assembly.");
        using var reader = new StreamReader(stream);
        var words = new SortedSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            foreach (var word in line.Split('#', 2)[0].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                var folded = GermanFolding.Fold(word);
                if (folded.Length >= EsIndexDefinition.MinSubwordSize)
                {
                    words.Add(folded);
                }
            }
        }

        return [.. words];
    }
}
