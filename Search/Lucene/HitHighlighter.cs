using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using HalloBot.Search.Analysis;

namespace HalloBot.Search.Lucene;

/// <summary>
/// Marks the words of a text that the query matched with &lt;mark&gt;, HTML-encoding everything else, and cuts a
/// passage of about <see cref="PassageLength"/> characters around the first match. Words are analysed exactly as
/// the index analyses them, so "Bäckereien" is marked for the query "backerei".
/// </summary>
internal sealed class HitHighlighter(GermanTextAnalysis analysis)
{
    private const int PassageLength = 180;
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <returns>The marked passage, or null when no word of the text matched.</returns>
    public string? Highlight(string text, MatchTerms terms, bool wholeText)
    {
        var matches = new List<WordSpan>();
        foreach (var (word, span) in analysis.Analyze(text))
        {
            if (word.IndexTerms().Concat(word.Extra).Any(term => Matches(term, terms)))
            {
                matches.Add(span);
            }
        }

        if (matches.Count == 0)
        {
            return null;
        }

        var (from, to) = wholeText ? (0, text.Length) : Passage(text, matches[0]);
        var html = new StringBuilder();
        if (from > 0)
        {
            html.Append('…');
        }

        var position = from;
        foreach (var match in matches.Where(m => m.Start >= from && m.End <= to))
        {
            html.Append(Encoder.Encode(text[position..match.Start]));
            html.Append("<mark>").Append(Encoder.Encode(text[match.Start..match.End])).Append("</mark>");
            position = match.End;
        }

        html.Append(Encoder.Encode(text[position..to]));
        if (to < text.Length)
        {
            html.Append('…');
        }

        return html.ToString();
    }

    private static bool Matches(string term, MatchTerms terms) =>
        terms.Exact.Contains(term)
        || terms.Prefixes.Any(prefix => term.StartsWith(prefix, StringComparison.Ordinal));

    private static (int From, int To) Passage(string text, WordSpan first)
    {
        if (text.Length <= PassageLength)
        {
            return (0, text.Length);
        }

        var from = Math.Max(0, first.Start - (PassageLength / 3));
        if (from > 0)
        {
            var space = text.IndexOf(' ', from);
            from = space >= 0 && space < first.Start ? space + 1 : first.Start;
        }

        var to = Math.Min(text.Length, from + PassageLength);
        if (to < text.Length)
        {
            var space = text.LastIndexOf(' ', to);
            to = space > first.End ? space : Math.Max(first.End, to);
        }

        return (from, to);
    }
}
