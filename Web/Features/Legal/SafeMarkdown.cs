using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;

namespace HalloBot.Web.Features.Legal;

/// <summary>The HTML of an office-edited text, and its first heading for the page title.</summary>
public sealed record RenderedText(string? Title, string Html);

/// <summary>
/// A small Markdown subset for texts the office edits (imprint, privacy): headings <c>#</c> to <c>####</c>,
/// paragraphs, lists (<c>-</c>, <c>*</c>, <c>1.</c>), links <c>[text](url)</c> and <c>**bold**</c>. A line break
/// inside a paragraph stays a line break, as addresses need. Everything else is text: every character is
/// HTML-encoded, so raw HTML in a file shows as written and can never run; links go only to http(s),
/// mailto, tel or a path of this site.
/// </summary>
public static partial class SafeMarkdown
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static RenderedText Render(string markdown)
    {
        var html = new StringBuilder();
        string? title = null;
        var paragraph = new List<string>();
        string? listTag = null;

        void CloseParagraph()
        {
            if (paragraph.Count > 0)
            {
                html.Append("<p>").AppendJoin("<br>\n", paragraph.Select(Inline)).Append("</p>\n");
                paragraph.Clear();
            }
        }

        void CloseList()
        {
            if (listTag is not null)
            {
                html.Append("</").Append(listTag).Append(">\n");
                listTag = null;
            }
        }

        foreach (var raw in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                CloseParagraph();
                CloseList();
                continue;
            }

            if (HeadingPattern().Match(line) is { Success: true } heading)
            {
                CloseParagraph();
                CloseList();
                var level = heading.Groups[1].Length;
                var text = heading.Groups[2].Value.Trim();
                title ??= level == 1 ? text : null;
                html.Append("<h").Append(level).Append('>').Append(Inline(text)).Append("</h").Append(level).Append(">\n");
                continue;
            }

            if (ListItemPattern().Match(line) is { Success: true } item)
            {
                CloseParagraph();
                var tag = char.IsAsciiDigit(item.Groups[1].Value[0]) ? "ol" : "ul";
                if (listTag != tag)
                {
                    CloseList();
                    html.Append('<').Append(tag).Append(">\n");
                    listTag = tag;
                }

                html.Append("<li>").Append(Inline(item.Groups[2].Value.Trim())).Append("</li>\n");
                continue;
            }

            CloseList();
            paragraph.Add(line.Trim());
        }

        CloseParagraph();
        CloseList();
        return new RenderedText(title is null ? null : PlainText(title), html.ToString());
    }

    /// <summary>Links and bold within a line; all other text encoded.</summary>
    private static string Inline(string text)
    {
        var html = new StringBuilder();
        var position = 0;
        foreach (Match link in LinkPattern().Matches(text))
        {
            html.Append(Bold(text[position..link.Index]));
            var label = link.Groups[1].Value;
            var target = link.Groups[2].Value.Trim();
            if (IsSafeTarget(target))
            {
                html.Append("<a href=\"").Append(Encoder.Encode(target)).Append("\">").Append(Bold(label)).Append("</a>");
            }
            else
            {
                html.Append(Bold(label));
            }

            position = link.Index + link.Length;
        }

        html.Append(Bold(text[position..]));
        return html.ToString();
    }

    private static string Bold(string text)
    {
        var parts = text.Split("**");
        var html = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            var encoded = Encoder.Encode(parts[i]);
            if (i % 2 == 0)
            {
                html.Append(encoded);
            }
            else if (i < parts.Length - 1)
            {
                html.Append("<strong>").Append(encoded).Append("</strong>");
            }
            else
            {
                // A marker without its partner stays as written.
                html.Append("**").Append(encoded);
            }
        }

        return html.ToString();
    }

    private static bool IsSafeTarget(string target)
    {
        if (target.StartsWith('/') && !target.StartsWith("//", StringComparison.Ordinal) && !target.Contains('\\', StringComparison.Ordinal))
        {
            return true;
        }

        if (target.StartsWith('#'))
        {
            return true;
        }

        return Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" or "tel";
    }

    private static string PlainText(string inline) => LinkPattern().Replace(inline, "$1").Replace("**", "", StringComparison.Ordinal);

    [GeneratedRegex(@"^(#{1,4})\s+(.+)$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^\s*([-*]|\d{1,3}\.)\s+(.+)$")]
    private static partial Regex ListItemPattern();

    [GeneratedRegex(@"\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)")]
    private static partial Regex LinkPattern();
}
