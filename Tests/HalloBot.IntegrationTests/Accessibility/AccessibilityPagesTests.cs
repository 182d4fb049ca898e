using System.Net;

namespace HalloBot.IntegrationTests.Accessibility;

public sealed class AccessibilityPagesTests(AccessibilityApp app) : IClassFixture<AccessibilityApp>
{
    [Fact]
    public async Task Statement_Get_HasEverythingBitvNrwAsksFor()
    {
        using var client = app.Browser();

        var response = await client.GetAsync(new Uri("/barrierefreiheit", UriKind.Relative));
        var page = await Html.ParseAsync(response);
        var text = page.QuerySelector("main")!.TextContent;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Erklärung zur Barrierefreiheit", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(
            ["Stand der Vereinbarkeit mit den Anforderungen", "Nicht barrierefreie Inhalte", "Erstellung dieser Erklärung",
             "Barrieren melden: Feedback und Kontakt", "Durchsetzungsverfahren", "Barriere melden"],
            page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()));
        Assert.Contains("teilweise vereinbar", text, StringComparison.Ordinal);
        Assert.Contains("Diese Erklärung wurde am Donnerstag, 26. November 2026 erstellt.", text, StringComparison.Ordinal);
        Assert.Contains($"mailto:{AccessibilityApp.StaffAddress}", page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
        var ombudsstelle = page.QuerySelector("main address")!.TextContent;
        Assert.Contains("Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen", ombudsstelle, StringComparison.Ordinal);
        Assert.Contains("40219 Düsseldorf", ombudsstelle, StringComparison.Ordinal);
        Assert.Contains("ombudsstelle-barrierefreie-it@mags.nrw.de", ombudsstelle, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statement_Form_HasLabelledFieldsAntiforgeryAndAHiddenHoneypot()
    {
        using var client = app.Browser();

        var page = await Html.ParseAsync(await client.GetAsync(new Uri("/barrierefreiheit?seite=/b/baeckerei-mueller", UriKind.Relative)));
        var form = page.QuerySelector("form.form")!;

        Assert.Equal("post", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[type=hidden][name=__RequestVerificationToken]"));
        Assert.All(form.QuerySelectorAll("input:not([type=hidden]), textarea"), field =>
            Assert.NotNull(form.QuerySelector($"label[for={field.Id}]")));
        Assert.Equal("/b/baeckerei-mueller", form.QuerySelector("#PageUrl")!.GetAttribute("value"));
        var trap = form.QuerySelector("#Website")!;
        Assert.Equal("-1", trap.GetAttribute("tabindex"));
        Assert.Equal("form-trap", trap.ParentElement!.ClassName);
        Assert.Equal("true", trap.ParentElement.GetAttribute("aria-hidden"));
    }

    [Fact]
    public async Task Statement_ForeignPagePrefill_IsIgnored()
    {
        using var client = app.Browser();

        var page = await Html.ParseAsync(await client.GetAsync(new Uri("/barrierefreiheit?seite=javascript:alert(1)", UriKind.Relative)));

        Assert.Null(page.QuerySelector("#PageUrl")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Statement_InEnglish_IsTheEnglishStatement()
    {
        using var client = app.Browser();

        var page = await Html.ParseAsync(await client.GetAsync(new Uri("/barrierefreiheit?culture=en", UriKind.Relative)));

        Assert.Equal("Accessibility statement", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("This statement was prepared on Thursday, November 26, 2026.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EasyRead_Get_ExplainsTheSiteInShortSentences()
    {
        using var client = app.Browser();

        var response = await client.GetAsync(new Uri("/leichte-sprache", UriKind.Relative));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hallo-Bot in Leichter Sprache", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("main .easy-read"));
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/barrierefreiheit#barriere-melden");
        // Short sentences, one statement per line.
        var lines = page.QuerySelectorAll("main .easy-read p, main .easy-read li")
            .SelectMany(p => p.TextContent.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        Assert.True(lines.Count > 30);
        Assert.All(lines, line => Assert.True(line.Split(' ').Length <= 12, line));
        Assert.All(lines, line => Assert.DoesNotMatch(@"[.!?]\s+\p{Lu}", line));
    }

    [Fact]
    public async Task EasyRead_InEnglish_IsPlainEnglish()
    {
        using var client = app.Browser();

        var page = await Html.ParseAsync(await client.GetAsync(new Uri("/leichte-sprache?culture=en", UriKind.Relative)));

        Assert.Equal("Hallo-Bot in plain language", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("en", page.QuerySelector("main .easy-read")!.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/barrierefreiheit")]
    [InlineData("/impressum")]
    public async Task Footer_EveryPage_LinksTheLegalAndHelpPages(string path)
    {
        using var client = app.Browser();

        var page = await Html.ParseAsync(await client.GetAsync(new Uri(path, UriKind.Relative)));

        Assert.Equal(["/impressum", "/datenschutz", "/barrierefreiheit", "/leichte-sprache", "/api"],
            page.QuerySelectorAll("footer nav a").Select(a => a.GetAttribute("href")));
    }
}
