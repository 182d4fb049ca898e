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
    public void Sanitize_AnyInput_KeepsOnlyBalancedMarkTags(string highlight, string expected)
    {
        Assert.Equal(expected, HighlightHtml.Sanitize(highlight));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Sanitize_Nothing_GivesNull(string? highlight)
    {
        Assert.Null(HighlightHtml.Sanitize(highlight));
    }
}
