namespace HalloBot.Search.Analysis;

/// <summary>Words that carry no meaning for finding a business (folded). Dropped at index and query time.</summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "aber", "alle", "als", "am", "an", "auch", "auf", "aus", "bei", "beim", "bis", "das", "dass", "dem", "den", "der",
        "des", "die", "ein", "eine", "einem", "einen", "einer", "eines", "es", "fur", "gibt", "hier", "ich", "im", "in",
        "ins", "ist", "mit", "nach", "oder", "sich", "sind", "so", "suche", "um", "und", "vom", "von", "vor", "wie",
        "wo", "zu", "zum", "zur", "the", "and", "of", "for", "near", "a", "to", "at", "with", "shop", "store",
        // Where and when, said in the query but answered by filters (or true of every listing): "friseur bottrop",
        // "zahnarzt in der nähe", "bäcker jetzt offen".
        "bottrop", "nahe", "umgebung", "jetzt", "heute", "offen", "geoffnet", "nearby", "open", "now",
    };

    public static bool Contains(string folded) => Words.Contains(folded);
}
