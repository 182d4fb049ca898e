using System.Net;
using HalloBot.Domain.Reservations;
using HalloBot.IntegrationTests.Accessibility;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.Jobs.Retention;
using HalloBot.Web.Features.Map;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HalloBot.IntegrationTests.Legal;

/// <summary>A site per test: some tests put the office's own texts into its data folder.</summary>
public sealed class LegalPagesTests : IDisposable
{
    private readonly HalloBotAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("/impressum", "Impressum")]
    [InlineData("/datenschutz", "Datenschutzerklärung")]
    [InlineData("/impressum?culture=en", "Imprint")]
    [InlineData("/datenschutz?culture=en", "Privacy statement")]
    public async Task LegalPage_NoOfficeText_ShowsTheShippedText(string path, string heading)
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(heading, page.QuerySelector("main h1")!.TextContent);
        Assert.StartsWith(heading + " – ", page.Title, StringComparison.Ordinal);
        Assert.Contains("Ernst-Wilczok-Platz 1", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Privacy_ShippedText_NamesTheOnlyCookiesTheSiteSets()
    {
        using var client = _app.CreateClient();

        var text = (await Html.ParseAsync(await client.GetAsync(new Uri("/datenschutz", UriKind.Relative)))).QuerySelector("main")!.TextContent;

        Assert.Contains(".AspNetCore.Culture", text, StringComparison.Ordinal);
        Assert.Contains(".AspNetCore.Antiforgery", text, StringComparison.Ordinal);
        Assert.Contains("keine Analyse- oder Werbewerkzeuge", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/datenschutz")]
    [InlineData("/datenschutz?culture=en")]
    public async Task Privacy_ShippedText_NamesEveryCookieTheAppCanSet(string path)
    {
        using var client = _app.CreateClient();
        var text = await PrivacyTextAsync(client, path);

        var cookies = _app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>();
        var names = new[]
        {
            IdentityConstants.ApplicationScheme, IdentityConstants.TwoFactorUserIdScheme,
            IdentityConstants.TwoFactorRememberMeScheme, IdentityConstants.ExternalScheme,
        }.Select(scheme => cookies.Get(scheme).Cookie.Name!).ToList();
        names.Add(CookieRequestCultureProvider.DefaultCookieName);
        names.Add(_app.Services.GetRequiredService<IOptions<CookieTempDataProviderOptions>>().Value.Cookie.Name!);

        Assert.Contains("hallobot.auth", names);
        Assert.All(names, name => Assert.Contains($"**{name}**", text, StringComparison.Ordinal));
        // The antiforgery cookie's name ends in a hash of the application; the text names its stable beginning.
        var antiforgery = _app.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name!;
        Assert.StartsWith(".AspNetCore.Antiforgery", antiforgery, StringComparison.Ordinal);
        Assert.Contains("**.AspNetCore.Antiforgery…**", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/datenschutz", "Tag", "Jahr", "Karte anzeigen")]
    [InlineData("/datenschutz?culture=en", "day", "year", "Show map")]
    public async Task Privacy_ShippedText_StatesTheRetentionPeriodsAndTheMapOfTheCode(string path, string days, string year, string mapButton)
    {
        using var client = _app.CreateClient();
        var text = await PrivacyTextAsync(client, path);

        var retention = new RetentionOptions();
        // "**7 Tage**" or "**7 Tagen**": the number, bold, with its unit.
        string Period(int d) => d % 365 == 0 ? $"**{d / 365} {year}" : $"**{d} {days}";
        Assert.Contains(Period(retention.MailDays), text, StringComparison.Ordinal);
        Assert.Contains(Period(retention.UnconfirmedAccountDays), text, StringComparison.Ordinal);
        Assert.Contains(Period(retention.InvitationDays), text, StringComparison.Ordinal);
        Assert.Contains(Period(retention.DecidedRequestDays), text, StringComparison.Ordinal);
        Assert.Contains(Period((int)ReservationRules.PersonalDataRetention.TotalDays), text, StringComparison.Ordinal);
        Assert.Contains($"{(int)ReservationRules.ConfirmationLifetime.TotalHours} ", text, StringComparison.Ordinal);
        // The map: the default tile server, and that nothing is loaded before the resident presses the button.
        Assert.Contains(new Uri(new MapOptions().TileOrigin()!).Host, text, StringComparison.Ordinal);
        Assert.Contains(mapButton, text, StringComparison.Ordinal);
        Assert.DoesNotContain("beim Besuch keine Verbindung", text, StringComparison.Ordinal);
        Assert.DoesNotContain("contacts no other provider during your visit", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Imprint_OfficeFile_ReplacesTheShippedTextAndShowsAtOnce()
    {
        using var client = _app.CreateClient();
        await client.GetAsync(new Uri("/impressum", UriKind.Relative));
        WriteOfficeText("impressum.de.md", "# Impressum der Stadt\n\nNeue Anschrift:\nRathausplatz 9\n46236 Bottrop\n");

        var page = await Html.ParseAsync(await client.GetAsync(new Uri("/impressum", UriKind.Relative)));

        Assert.Equal("Impressum der Stadt", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal("Neue Anschrift:<br>\nRathausplatz 9<br>\n46236 Bottrop", page.QuerySelector("main .prose p")!.InnerHtml);
    }

    [Fact]
    public async Task Imprint_OfficeFileWithHtmlAndScriptLinks_ShowsThemAsText()
    {
        using var client = _app.CreateClient();
        WriteOfficeText("impressum.de.md",
            "# Impressum <img src=x onerror=alert(1)>\n\n<script>alert(1)</script>\n\n- [Klick](javascript:alert(1))\n- [Rathaus](https://www.bottrop.de/)\n");

        var page = await Html.ParseAsync(await client.GetAsync(new Uri("/impressum", UriKind.Relative)));
        var main = page.QuerySelector("main")!;

        Assert.Empty(main.QuerySelectorAll("script, img"));
        Assert.Equal("Impressum <img src=x onerror=alert(1)>", main.QuerySelector("h1")!.TextContent);
        Assert.Equal("<script>alert(1)</script>", main.QuerySelector(".prose p")!.TextContent);
        Assert.Equal(["https://www.bottrop.de/"], main.QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Klick", main.QuerySelectorAll(".prose li")[0].TextContent);
    }

    [Fact]
    public async Task Privacy_EnglishReaderWhereTheOfficeEditedOnlyGerman_SeesTheOfficeTextMarkedGerman()
    {
        using var client = _app.CreateClient();
        WriteOfficeText("datenschutz.de.md", "# Datenschutz (geändert)\n\nNeuer Text.\n");

        var page = await Html.ParseAsync(await client.GetAsync(new Uri("/datenschutz?culture=en", UriKind.Relative)));

        Assert.Equal("Datenschutz (geändert)", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal("de", page.QuerySelector("main .prose")!.GetAttribute("lang"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    /// <summary>The shipped Markdown as the page renders it is checked against its source file: bold names stay marked.</summary>
    private static async Task<string> PrivacyTextAsync(HttpClient client, string path)
    {
        var page = await Html.ParseAsync(await client.GetAsync(new Uri(path, UriKind.Relative)));
        var prose = page.QuerySelector("main .prose")!;
        return string.Join("\n", prose.QuerySelectorAll("p, li").Select(e => string.Concat(e.ChildNodes.Select(n =>
            n is AngleSharp.Dom.IElement { LocalName: "strong" } strong ? $"**{strong.TextContent}**" : n.TextContent))));
    }

    private void WriteOfficeText(string fileName, string text)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_app.DataDirectory, "content"));
        File.WriteAllText(Path.Combine(folder.FullName, fileName), text);
    }
}
