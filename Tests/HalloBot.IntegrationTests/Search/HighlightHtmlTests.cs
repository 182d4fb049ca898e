using HalloBot.Web.Features.Search;

namespace HalloBot.IntegrationTests.Search;

/// <summary>The highlight is the one field the page writes unencoded: whatever a backend returns, only &lt;mark&gt; survives.</summary>
public sealed class HighlightHtmlTests
{
    [Theory]
    [InlineData("<mark>Bäckerei</mark> Kortmann", "<mark>Bäckerei</mark> Kortmann")]
    [InlineData("&lt;script&gt;alert(1)&lt;/script&gt; <mark>Bäckerei</mark>", "&lt;script&gt;alert(1)&lt;/script&gt; <mark>Bäckerei</mark>")]
    [InlineData("<script>alert(1)</script><mark>x</mark>", "&lt;script&gt;alert(1)&lt;/script&gt;<mark>x</mark>")]
    [InlineData("<mark onclick=\"alert(1)\">x</mark>", "&lt;mark onclick=&quot;alert(1)&quot;&gt;x")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("<mark>offen", "<mark>offen</mark>")]
    [InlineData("zu</mark> und <mark><mark>doppelt</mark></mark>", "zu und <mark>doppelt</mark>")]
    [InlineData("Brot &amp; Kuchen", "Brot &amp; Kuchen")]
    [InlineData("Brot & Kuchen \"frisch\"", "Brot &amp; Kuchen &quot;frisch&quot;")]
    [InlineData("<MARK>Groß</MARK>", "<mark>Groß</mark>")]
    [InlineData("<mar\u212A>Kelvin</MAR\u212A>", "<mark>Kelvin</mark>")]
    [InlineData("<<mark>x</mark>>", "&lt;<mark>x</mark>&gt;")]
    [InlineData("a < b <mar", "a &lt; b &lt;mar")]
    [InlineData("</mark <mark >x", "&lt;/mark &lt;mark &gt;x")]
    [InlineData("&lt;mark&gt;x&lt;/mark&gt;", "&lt;mark&gt;x&lt;/mark&gt;")]
    public void Sanitize_AnyInput_KeepsOnlyBalancedMarkTags(string highlight, string expected)
    {
        Assert.Equal(expected, HighlightHtml.Sanitize(highlight));
    }

    /// <summary>
    /// The regular-expression version this one replaced (for speed) as the oracle: the same answer for text built of
    /// the pieces that matter (tags in any case, near-tags, entities, surrogate pairs, a lone surrogate).
    /// </summary>
    [Fact]
    public void Sanitize_GeneratedInput_SameAsTheRegularExpressionVersion()
    {
        string[] pieces =
        [
            "<mark>", "</mark>", "<MARK>", "</Mark>", "<mar\u212A>", "<mark ", "</mark", "<", ">", "/", "mark", "&amp;", "&lt;mark&gt;",
            "&nbsp;", "&#x1F370;", "&bogus;", "&", "\"", "'", "+", "Bäckerei", "Straße", " ", "\U0001F370", "\uD83C", "\u00A0", "\u2028",
        ];
        var random = new Random(7);
        for (var i = 0; i < 3000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(RegexSanitize(text), HighlightHtml.Sanitize(text));
        }
    }

    private static string RegexSanitize(string highlight)
    {
        var encoder = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        var html = new System.Text.StringBuilder();
        var open = false;
        var position = 0;
        void AppendText(string encoded)
        {
            if (encoded.Length > 0)
            {
                html.Append(encoder.Encode(System.Net.WebUtility.HtmlDecode(encoded)));
            }
        }

        var tags = System.Text.RegularExpressions.Regex.Matches(
            highlight, "</?mark>", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        foreach (System.Text.RegularExpressions.Match tag in tags)
        {
            AppendText(highlight[position..tag.Index]);
            var closing = tag.Value[1] == '/';
            if (closing == open)
            {
                html.Append(closing ? "</mark>" : "<mark>");
                open = !closing;
            }

            position = tag.Index + tag.Length;
        }

        AppendText(highlight[position..]);
        if (open)
        {
            html.Append("</mark>");
        }

        return html.ToString();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Sanitize_Nothing_GivesNull(string? highlight)
    {
        Assert.Null(HighlightHtml.Sanitize(highlight));
    }
}
