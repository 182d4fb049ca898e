using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace HalloBot.Web.Features.Search;

/// <summary>
/// Makes the index's highlight safe to write as HTML unchanged: every piece of text is decoded and encoded
/// again, and the only markup that survives is balanced <c>&lt;mark&gt;</c> … <c>&lt;/mark&gt;</c>. So a
/// listing named <c>&lt;script&gt;</c> shows as text whatever a search backend returns.
/// </summary>
public static partial class HighlightHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string? Sanitize(string? highlight)
    {
        if (string.IsNullOrEmpty(highlight))
        {
            return null;
        }

        var html = new StringBuilder(highlight.Length + 16);
        var open = false;
        var position = 0;
        foreach (Match tag in MarkTag().Matches(highlight))
        {
            AppendText(html, highlight[position..tag.Index]);
            var closing = tag.Value[1] == '/';
            if (closing == open)
            {
                html.Append(closing ? "</mark>" : "<mark>");
                open = !closing;
            }

            position = tag.Index + tag.Length;
        }

        AppendText(html, highlight[position..]);
        if (open)
        {
            html.Append("</mark>");
        }

        return html.ToString();
    }

    private static void AppendText(StringBuilder html, string encoded)
    {
        if (encoded.Length > 0)
        {
            // Decoded first so that text the backend encoded once is not encoded twice ("&amp;amp;").
            html.Append(Encoder.Encode(WebUtility.HtmlDecode(encoded)));
        }
    }

    [GeneratedRegex("</?mark>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkTag();
}
