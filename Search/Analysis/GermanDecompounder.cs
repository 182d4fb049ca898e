using System.Reflection;

namespace HalloBot.Search.Analysis;

/// <summary>
/// Splits German compounds into the words of a curated trade-word list ("fahrradreparatur" → "fahrrad" + "reparatur",
/// "schlusselnotdienst" → "schlussel" + "notdienst"). Works on folded words. A split must cover the whole word
/// (linking elements such as the "s" of "Steuerberatungskanzlei" allowed, an inflection at the end allowed), so
/// surnames and invented names are not cut into nonsense; when no full split exists, only a known head word at the
/// end ("…laden", "…service") is reported, for indexing, never as a requirement of a query.
/// </summary>
public sealed class GermanDecompounder
{
    private const int MinWordLength = 6;
    private const int MinPartLength = 3;
    private const int MinLooseHeadLength = 4;
    private static readonly string[] LinkingElements = ["", "s", "es", "n", "en", "e", "er"];
    private static readonly string[] Inflections = ["", "e", "en", "n", "s", "es", "er", "ern"];

    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public GermanDecompounder(IEnumerable<string> words)
    {
        _words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var folded = GermanFolding.Fold(word.Trim());
            if (folded.Length >= MinPartLength)
            {
                _words.Add(folded);
            }
        }

        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The curated list shipped with the search module (Search/Analysis/compound-words.de.txt).</summary>
    public static GermanDecompounder LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("HalloBot.Search.Analysis.compound-words.de.txt")
            ?? throw new InvalidOperationException("The compound word list is missing from the search assembly.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var text = line.Split('#', 2)[0].Trim();
            if (text.Length > 0)
            {
                words.AddRange(text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return new GermanDecompounder(words);
    }

    public int WordCount => _words.Count;

    /// <summary>The parts of a folded compound, or an empty result when the word is not a known compound.</summary>
    public Decomposition Split(string folded)
    {
        if (folded.Length < MinWordLength)
        {
            return Decomposition.None;
        }

        var memo = new List<string>?[folded.Length + 1];
        var known = new bool[folded.Length + 1];
        var best = Cover(folded, 0, memo, known);
        if (best is { Count: >= 2 })
        {
            return new Decomposition(best, []);
        }

        if (best is { Count: 1 })
        {
            return Decomposition.None;
        }

        return new Decomposition([], LooseParts(folded));
    }

    /// <summary>The fewest dictionary words that cover word[start..], or null.</summary>
    private List<string>? Cover(string word, int start, List<string>?[] memo, bool[] known)
    {
        if (known[start])
        {
            return memo[start];
        }

        List<string>? best = null;
        var span = word.AsSpan();
        for (var end = word.Length; end >= start + MinPartLength; end--)
        {
            if (!_lookup.Contains(span[start..end]))
            {
                continue;
            }

            var rest = span[end..];
            if (IsInflection(rest))
            {
                best = [word[start..end]];
                break;
            }

            foreach (var link in LinkingElements)
            {
                if (!rest.StartsWith(link, StringComparison.Ordinal) || end + link.Length >= word.Length)
                {
                    continue;
                }

                var tail = Cover(word, end + link.Length, memo, known);
                if (tail is not null && (best is null || tail.Count + 1 < best.Count))
                {
                    best = [word[start..end], .. tail];
                }
            }
        }

        known[start] = true;
        memo[start] = best;
        return best;
    }

    private static bool IsInflection(ReadOnlySpan<char> rest)
    {
        foreach (var inflection in Inflections)
        {
            if (rest.SequenceEqual(inflection))
            {
                return true;
            }
        }

        return false;
    }

    private List<string> LooseParts(string word)
    {
        var parts = new List<string>(2);
        var span = word.AsSpan();
        for (var start = MinPartLength; start <= word.Length - MinLooseHeadLength; start++)
        {
            if (IsWordWithInflection(span[start..]))
            {
                parts.Add(word[start..]);
                break;
            }
        }

        for (var end = word.Length - MinPartLength; end >= MinLooseHeadLength; end--)
        {
            if (_lookup.Contains(span[..end]))
            {
                parts.Add(word[..end]);
                break;
            }
        }

        return parts;
    }

    private bool IsWordWithInflection(ReadOnlySpan<char> tail)
    {
        foreach (var inflection in Inflections)
        {
            if (tail.Length - inflection.Length >= MinLooseHeadLength
                && tail.EndsWith(inflection, StringComparison.Ordinal)
                && _lookup.Contains(tail[..^inflection.Length]))
            {
                return true;
            }
        }

        return false;
    }
}

/// <param name="Parts">A full split into at least two words (folded, not stemmed).</param>
/// <param name="LooseParts">Known words at the end or start of a word that has no full split; indexed only.</param>
public sealed record Decomposition(IReadOnlyList<string> Parts, IReadOnlyList<string> LooseParts)
{
    public static Decomposition None { get; } = new([], []);
}
