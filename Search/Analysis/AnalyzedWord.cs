namespace HalloBot.Search.Analysis;

/// <summary>
/// One word after analysis.
/// </summary>
/// <param name="Folded">The folded, unstemmed word (hyphens removed): what prefixes and edit distances are measured on.</param>
/// <param name="Main">The stem of the whole word: the term that is indexed and searched.</param>
/// <param name="Parts">Stems of a full compound split or of hyphenated pieces (stop words left out); a query may match them all instead of <see cref="Main"/>.</param>
/// <param name="Extra">Further stems (sub-parts, a known head of a word without a full split such as "blume" in "Kornblume"):
/// indexed in a low-weight field of their own, never required by a query.</param>
public sealed record AnalyzedWord(string Folded, string Main, IReadOnlyList<string> Parts, IReadOnlyList<string> Extra)
{
    /// <summary>The terms a text field holds for this word: <see cref="Main"/> first, then <see cref="Parts"/>.</summary>
    public IEnumerable<string> IndexTerms() => new[] { Main }.Concat(Parts).Distinct(StringComparer.Ordinal);
}
