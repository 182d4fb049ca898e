using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace HalloBot.Web.Features.Search;

/// <summary>
/// Makes the index's highlight safe to write as HTML unchanged: every piece of text is decoded and encoded
/// again, and the only markup that survives is balanced <c>&lt;mark&gt;</c> … <c>&lt;/mark&gt;</c>. So a
/// listing named <c>&lt;script&gt;</c> shows as text whatever a search backend returns.
/// </summary>
/// <remarks>
/// Every hit of every API answer passes through here, so it scans the text once and encodes it straight into the
/// result, without a regular expression, substrings or a decoding pass for text that has nothing to decode.
/// </remarks>
public static class HighlightHtml
{
    private const string Open = "<mark>";
    private const string Close = "</mark>";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string? Sanitize(string? highlight)
    {
        if (string.IsNullOrEmpty(highlight))
        {
            return null;
        }

        var html = new StringBuilder(highlight.Length + 16);
        using var writer = new StringWriter(html, System.Globalization.CultureInfo.InvariantCulture);
        var open = false;
        var position = 0;
        var search = 0;
        for (var lt = highlight.IndexOf('<', search); lt >= 0; lt = highlight.IndexOf('<', search))
        {
            var length = MarkTagLength(highlight, lt);
            if (length == 0)
            {
                search = lt + 1;
                continue;
            }

            AppendText(writer, highlight, position, lt - position);
            var closing = highlight[lt + 1] == '/';
            if (closing == open)
            {
                writer.Write(closing ? Close : Open);
                open = !closing;
            }

            position = search = lt + length;
        }

        AppendText(writer, highlight, position, highlight.Length - position);
        if (open)
        {
            writer.Write(Close);
        }

        writer.Flush();
        return html.ToString();
    }

    /// <summary>The length of the <c>&lt;mark&gt;</c> or <c>&lt;/mark&gt;</c> tag (any case) at <paramref name="at"/>, else 0.</summary>
    private static int MarkTagLength(string text, int at)
    {
        var name = at + 1;
        if (name < text.Length && text[name] == '/')
        {
            name++;
        }

        var end = name + 4;
        if (end >= text.Length || text[end] != '>')
        {
            return 0;
        }

        // The letters as a case-insensitive, culture-invariant match takes them: k also as the Kelvin sign (U+212A).
        var c = text.AsSpan(name, 4);
        var isMark = (c[0] | 0x20) == 'm' && (c[1] | 0x20) == 'a' && (c[2] | 0x20) == 'r' && ((c[3] | 0x20) == 'k' || c[3] == '\u212A');
        return isMark ? end + 1 - at : 0;
    }

    private static void AppendText(StringWriter html, string text, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        // Decoded first so that text the backend encoded once is not encoded twice ("&amp;amp;"). Text without an
        // entity (or a surrogate, which the decoder also looks at) decodes to itself.
        var piece = text.AsSpan(start, count);
        if (piece.Contains('&') || piece.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            var decoded = WebUtility.HtmlDecode(text.Substring(start, count));
            Encoder.Encode(html, decoded, 0, decoded.Length);
        }
        else
        {
            Encoder.Encode(html, text, start, count);
        }
    }
}
