using System.Net;
using System.Xml.Linq;

namespace HalloBot.IntegrationTests.Pages;

[Collection(PagesCollection.Name)]
public sealed class LocalizationTests(PagesSite site)
{
    [Fact]
    public async Task Index_WithCultureEn_ShowsEnglishTextAndLang()
    {
        var (_, document) = await site.GetPageAsync("/?culture=en");

        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Skip to content", document.QuerySelector(".skip-link")?.TextContent);
        Assert.Equal("What are you looking for?", document.QuerySelector("form[role='search'] label")?.TextContent);
        Assert.Equal("3 listings", document.QuerySelector("a[href='/kategorie/baeckerei'] .tile-list__count")?.TextContent);
    }

    [Fact]
    public async Task Show_WithCultureEn_ShowsStatusAndWeekInEnglish()
    {
        var (_, document) = await site.GetPageAsync("/b/" + PagesSeed.ClosedSlug + "?culture=en");

        Assert.Equal("Closed · opens Mon 08:00", document.QuerySelector(".status")?.TextContent);
        Assert.Equal("Monday", document.QuerySelector(".hours-table__day")?.TextContent);
    }

    [Fact]
    public async Task LanguageLink_OnGermanPage_PointsToEnglishAndBackToThePage()
    {
        var (_, document) = await site.GetPageAsync("/kategorie/kiosk?seite=2&culture=de-DE");

        var link = document.QuerySelector("a[hreflang='en']");
        Assert.Equal("English", link?.TextContent);
        Assert.Equal("en", link?.GetAttribute("lang"));
        Assert.Equal("/sprache/en?zurueck=%2Fkategorie%2Fkiosk%3Fseite%3D2", link?.GetAttribute("href"));
    }

    [Fact]
    public async Task LanguageLink_OnNotFoundPage_ReturnsToTheAddressAskedFor()
    {
        var (_, document) = await site.GetPageAsync("/gibt-es-nicht?x=1");

        Assert.Equal("/sprache/en?zurueck=%2Fgibt-es-nicht%3Fx%3D1", document.QuerySelector("a[hreflang='en']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task LanguageSwitch_ToEnglish_SetsCookieSoLaterPagesAreEnglish()
    {
        var client = site.Client();

        var switched = await client.GetAsync(new Uri("/sprache/en?zurueck=%2Fkategorie%2Fkiosk", UriKind.Relative));
        var (_, document) = await site.GetPageAsync("/kategorie/kiosk", client);

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/kategorie/kiosk", switched.Headers.Location?.OriginalString);
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Category", document.QuerySelector(".kicker")?.TextContent);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    public async Task LanguageSwitch_WithForeignReturnAddress_GoesHome(string returnUrl)
    {
        var response = await site.Client().GetAsync(new Uri("/sprache/de?zurueck=" + Uri.EscapeDataString(returnUrl), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task LanguageSwitch_UnknownLanguage_Returns404()
    {
        var response = await site.Client().GetAsync(new Uri("/sprache/fr", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void Resources_GermanAndEnglish_HaveTheSameKeysAndNoEmptyText()
    {
        var german = ReadResources("SharedResource.de.resx");
        var english = ReadResources("SharedResource.en.resx");

        Assert.Equal(german.Keys.Order(), english.Keys.Order());
        Assert.All(german.Concat(english), entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key));
    }

    private static Dictionary<string, string> ReadResources(string fileName)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HalloBot.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return XDocument.Load(Path.Combine(directory.FullName, "Web", "Resources", fileName))
            .Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? "");
    }
}
