using HalloBot.Web.Features.Legal;

namespace HalloBot.IntegrationTests.Legal;

public sealed class SafeMarkdownTests
{
    [Fact]
    public void Render_HeadingsParagraphsAndLists_GivesTheirElements()
    {
        var rendered = SafeMarkdown.Render("# Titel\n\nErster Absatz\nzweite Zeile\n\n## Teil\n- eins\n* zwei\n\n1. erstens\n2. zweitens\n");

        Assert.Equal("Titel", rendered.Title);
        Assert.Equal(
            "<h1>Titel</h1>\n<p>Erster Absatz<br>\nzweite Zeile</p>\n<h2>Teil</h2>\n<ul>\n<li>eins</li>\n<li>zwei</li>\n</ul>\n" +
            "<ol>\n<li>erstens</li>\n<li>zweitens</li>\n</ol>\n",
            rendered.Html);
    }

    [Theory]
    [InlineData("[Rathaus](https://www.bottrop.de/)", "<p><a href=\"https://www.bottrop.de/\">Rathaus</a></p>\n")]
    [InlineData("[Mail](mailto:a@bottrop.example)", "<p><a href=\"mailto:a@bottrop.example\">Mail</a></p>\n")]
    [InlineData("[Suche](/suche?q=a&b=c)", "<p><a href=\"/suche?q=a&amp;b=c\">Suche</a></p>\n")]
    [InlineData("[x](javascript:alert(1))", "<p>x</p>\n")]
    [InlineData("[x](//evil.example/)", "<p>x</p>\n")]
    [InlineData("[x](data:text/html,hi)", "<p>x</p>\n")]
    [InlineData("[x](\"onmouseover=alert(1))", "<p>x</p>\n")]
    public void Render_Links_OnlyToSafeTargets(string markdown, string html) =>
        Assert.Equal(html, SafeMarkdown.Render(markdown).Html);

    [Theory]
    [InlineData("<b>fett</b> & \"zitiert\"", "<p>&lt;b&gt;fett&lt;/b&gt; &amp; &quot;zitiert&quot;</p>\n")]
    [InlineData("**fett** und **mehr**", "<p><strong>fett</strong> und <strong>mehr</strong></p>\n")]
    [InlineData("nur ** ein Stern", "<p>nur ** ein Stern</p>\n")]
    [InlineData("Bäckerei ß", "<p>Bäckerei ß</p>\n")]
    public void Render_Text_IsEncodedWithBoldKept(string markdown, string html) =>
        Assert.Equal(html, SafeMarkdown.Render(markdown).Html);
}
