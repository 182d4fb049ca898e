using System.Net;
using System.Text.Json;

namespace HalloBot.IntegrationTests.Pages;

[Collection(PagesCollection.Name)]
public sealed class ListingPageTests(PagesSite site)
{
    private const string BakeryPath = "/b/" + PagesSeed.BakerySlug;

    [Fact]
    public async Task Show_PublishedListing_ShowsItsFields()
    {
        var (response, document) = await site.GetPageAsync(BakeryPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PagesSeed.BakeryName, document.QuerySelector("h1")?.TextContent);
        Assert.Equal(["Bäckerei", "Café", "Stadtteil Kirchhellen"], document.QuerySelectorAll(".listing .tag-list a").Select(a => a.TextContent));
        Assert.NotNull(document.QuerySelector("a[href='/stadtteil/kirchhellen']"));
        Assert.Equal("Hauptstraße 1<br>46244 Bottrop", document.QuerySelector("address")?.InnerHtml);
        Assert.Equal(["Lieferservice", "Rollstuhlgerecht"], document.QuerySelectorAll(".feature-list li").Select(li => li.TextContent));
        Assert.Equal(["Brötchen", "Torten"], document.QuerySelectorAll(".tag-list--plain li").Select(li => li.TextContent));
    }

    [Fact]
    public async Task Show_AccessibilityFacts_ListsEachKnownFactWithItsAnswer()
    {
        var (_, document) = await site.GetPageAsync(BakeryPath);

        var section = document.QuerySelector("section[aria-labelledby='barrierefreiheit']");
        Assert.NotNull(section);
        Assert.Equal("Barrierefreiheit", section.QuerySelector("h2#barrierefreiheit")?.TextContent);
        Assert.Equal(
            [
                ("Stufenloser Zugang für Rollstühle", "eingeschränkt"),
                ("Rollstuhlgerechte Toilette", "ja"),
                ("Induktive Höranlage", "ja"),
                ("Sitzgelegenheit", "nein"),
            ],
            section.QuerySelectorAll("dt").Zip(section.QuerySelectorAll("dd"), (dt, dd) => (dt.TextContent, dd.TextContent)));
    }

    [Fact]
    public async Task Show_NoAccessibilityFactsKnown_HasNoAccessibilitySection()
    {
        var (_, document) = await site.GetPageAsync("/b/" + PagesSeed.ClosedSlug);

        Assert.Null(document.QuerySelector("#barrierefreiheit"));
    }

    [Fact]
    public async Task Show_Contact_LinksPhoneMailAndWebsite()
    {
        var (_, document) = await site.GetPageAsync(BakeryPath);

        var phone = Assert.Single(document.QuerySelectorAll("a[href^='tel:']"));
        Assert.Equal("tel:0204512345", phone.GetAttribute("href"));
        Assert.Equal("0 20 45 / 12 34-5", phone.TextContent);
        var mail = Assert.Single(document.QuerySelectorAll("a[href^='mailto:']"));
        Assert.Equal("mailto:info@baeckerei-mueller.example", mail.GetAttribute("href"));
        var website = Assert.Single(document.QuerySelectorAll("a[href^='https://www.baeckerei-mueller.example']"));
        Assert.Contains("noopener", website.GetAttribute("rel"), StringComparison.Ordinal);
        Assert.Equal("www.baeckerei-mueller.example", website.TextContent);
    }

    [Fact]
    public async Task Show_InternationalPhone_KeepsPlusAndDigitsOnly()
    {
        var (_, document) = await site.GetPageAsync("/b/" + PagesSeed.ClosedSlug);

        Assert.Equal("tel:+49204170330", document.QuerySelector("a[href^='tel:']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Show_DescriptionWithHtmlAndLineBreaks_ShowsItAsText()
    {
        var (_, document) = await site.GetPageAsync(BakeryPath);

        var description = document.QuerySelector(".description");
        Assert.NotNull(description);
        Assert.Equal(PagesSeed.BakeryDescription, description.TextContent);
        Assert.Empty(description.QuerySelectorAll("b"));
    }

    [Fact]
    public async Task Show_AtFixedInstantWhileOpen_SaysOpenAndWhenItCloses()
    {
        var (_, document) = await site.GetPageAsync(BakeryPath);

        Assert.Equal("Jetzt geöffnet · schließt um 18:00", document.QuerySelector(".status")?.TextContent);
    }

    [Fact]
    public async Task Show_AtFixedInstantWhileClosed_SaysClosedAndWeekdayItOpens()
    {
        var (_, document) = await site.GetPageAsync("/b/" + PagesSeed.ClosedSlug);

        Assert.Equal("Geschlossen · öffnet Mo 08:00", document.QuerySelector(".status")?.TextContent);
    }

    [Fact]
    public async Task Show_WeekTable_ShowsMondayToSundayAndMarksToday()
    {
        var (_, document) = await site.GetPageAsync(BakeryPath);

        var rows = document.QuerySelectorAll(".hours-table tbody tr");
        Assert.Equal(["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
            rows.Select(r => r.QuerySelector(".hours-table__day")?.TextContent));
        var today = Assert.Single(document.QuerySelectorAll(".hours-table tr[aria-current='date']"));
        Assert.Equal("Mittwoch", today.QuerySelector(".hours-table__day")?.TextContent);
        Assert.Equal("heute", today.QuerySelector(".label--today")?.TextContent);
        Assert.Equal("08:00–18:00", today.QuerySelector("td")?.TextContent.Trim());
        Assert.Equal("08:00–13:00", rows[5].QuerySelector("td")?.TextContent.Trim());
        Assert.Equal("geschlossen", rows[6].QuerySelector("td")?.TextContent.Trim());
    }

    [Fact]
    public async Task Show_JsonLd_IsLocalBusinessWithOpeningHoursSpecification()
    {
        var (_, document) = await site.GetPageAsync(BakeryPath);

        var script = Assert.Single(document.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("LocalBusiness", root.GetProperty("@type").GetString());
        Assert.Equal(PagesSeed.BakeryName, root.GetProperty("name").GetString());
        Assert.Equal("0 20 45 / 12 34-5", root.GetProperty("telephone").GetString());
        Assert.Equal("46244", root.GetProperty("address").GetProperty("postalCode").GetString());
        var specification = root.GetProperty("openingHoursSpecification").EnumerateArray().ToList();
        // The coming seven days from Wednesday: five weekdays at 08:00–18:00 and Saturday 08:00–13:00.
        Assert.Equal(6, specification.Count);
        var wednesday = specification.Single(s => s.GetProperty("validFrom").GetString() == "2026-11-25");
        Assert.Equal("https://schema.org/Wednesday", wednesday.GetProperty("dayOfWeek").GetString());
        Assert.Equal("08:00", wednesday.GetProperty("opens").GetString());
        Assert.Equal("18:00", wednesday.GetProperty("closes").GetString());
    }

    [Fact]
    public async Task Show_NameWithScriptEndTag_StaysInsideJsonLd()
    {
        var (response, document) = await site.GetPageAsync("/b/" + PagesSeed.ScriptSlug);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var script = Assert.Single(document.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.Equal(PagesSeed.ScriptName, json.RootElement.GetProperty("name").GetString());
        Assert.All(document.QuerySelectorAll("script:not([type='application/ld+json'])"), s => Assert.Empty(s.TextContent));
        Assert.Equal(PagesSeed.ScriptName, document.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Show_StoredHoursThatDoNotParse_ShowsTheTextWithoutStatus()
    {
        var (response, document) = await site.GetPageAsync("/b/" + PagesSeed.ScriptSlug);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PagesSeed.UnparsableHours, document.QuerySelector(".hours-raw")?.TextContent);
        Assert.Null(document.QuerySelector(".status"));
        Assert.Null(document.QuerySelector(".hours-table"));
    }

    [Fact]
    public async Task Show_Head_HasCanonicalAndOpenGraph()
    {
        var (_, document) = await site.GetPageAsync(BakeryPath);

        var url = "http://localhost" + BakeryPath;
        Assert.Equal(url, document.QuerySelector("link[rel='canonical']")?.GetAttribute("href"));
        Assert.Equal(url, document.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
        Assert.Equal(PagesSeed.BakeryName, document.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
        Assert.Equal("business.business", document.QuerySelector("meta[property='og:type']")?.GetAttribute("content"));
        Assert.StartsWith("Frische Brötchen ab 6 Uhr. Torten", document.QuerySelector("meta[property='og:description']")?.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Equal($"{PagesSeed.BakeryName} – Hallo-Bot Bottrop", document.Title);
    }

    [Theory]
    [InlineData(PagesSeed.DraftSlug)]
    [InlineData("baeckerei-in-pruefung")]
    [InlineData(PagesSeed.SuspendedSlug)]
    [InlineData("gibt-es-nicht")]
    public async Task Show_NotPublishedOrUnknown_Returns404Page(string slug)
    {
        var (response, document) = await site.GetPageAsync("/b/" + slug);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Seite nicht gefunden", document.QuerySelector("h1")?.TextContent);
        Assert.NotNull(document.QuerySelector("main form[role='search'] input[name='q']"));
        Assert.NotNull(document.QuerySelector("main a[href='/']"));
    }

    [Fact]
    public async Task Show_FormerSlug_RedirectsPermanentlyToCurrentSlug()
    {
        var response = await site.Client().GetAsync(new Uri("/b/" + PagesSeed.BakeryFormerSlug, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(BakeryPath, response.Headers.Location?.OriginalString);
    }
}
