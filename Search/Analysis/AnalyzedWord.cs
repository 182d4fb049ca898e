namespace HalloBot.Search.Analysis;

/// <summary>
/// One word after analysis.
/// </summary>
/// <param name="Folded">The folded, unstemmed word (hyphens removed): what prefixes and edit distances are measured on.</param>
/// <param name="Main">The stem of the whole word: the term that is indexed and searched.</param>
/// <param name="Parts">Stems of a full compound split (at least two) or of hyphenated pieces; a query may match them all instead of <see cref="Main"/>.</param>
/// <param name="Extra">Further stems indexed with the word (sub-parts, loose heads), never required by a query.</param>
public sealed record AnalyzedWord(string Folded, string Main, IReadOnlyList<string> Parts, IReadOnlyList<string> Extra)
{
    /// <summary>Every term the index holds for this word, <see cref="Main"/> first, without repeats.</summary>
    public IEnumerable<string> IndexTerms() => new[] { Main }.Concat(Parts).Concat(Extra).Distinct(StringComparer.Ordinal);
}
