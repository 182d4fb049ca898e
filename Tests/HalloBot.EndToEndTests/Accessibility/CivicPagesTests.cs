using HalloBot.EndToEndTests.Infrastructure;
using HalloBot.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HalloBot.EndToEndTests.Accessibility;

/// <summary>The pages a city owes its residents: accessibility statement and form, Leichte Sprache, imprint, privacy, API reference.</summary>
[Collection(SiteCollection.Name)]
public sealed class CivicPagesTests(SiteFixture site)
{
    public static TheoryData<string, int> PagesAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in PageTypes.Civic.Select(p => p.Path))
        {
            data.Add(path, 320);
            data.Add(path, 1280);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task Page_AtWidth_HasNoAxeViolationsNoSidewaysScrollingAndNoForeignRequests(string path, int width)
    {
        await using var visit = await site.OpenPageAsync();
        await visit.Page.SetViewportSizeAsync(width, 900);

        var response = await visit.GotoAsync(path);

        Assert.Equal(200, response.Status);
        await AssertAccessibleAsync(visit, $"{path} at {width} px");
        var overflow = await visit.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} at {width} px scrolls sideways by {overflow} px");
        Assert.Empty(visit.ForeignRequests());
    }

    [Fact]
    public async Task BarrierForm_ByKeyboardAlone_SendsTheReportAndThanks()
    {
        await using var visit = await site.OpenPageAsync();
        var page = visit.Page;
        var before = Messages().Length;
        await visit.GotoAsync("/barrierefreiheit");

        await TabUntilAsync(page, "PageUrl");
        await page.Keyboard.TypeAsync("/b/" + E2ESeed.BakerySlug);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Description", await FocusedIdAsync(page));
        await page.Keyboard.TypeAsync("Die Öffnungszeiten werden als Tabelle ohne Überschriften vorgelesen.");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Email", await FocusedIdAsync(page));
        await page.Keyboard.TypeAsync("anna@example.org");
        // The honeypot is never reached: next come the privacy link and the button.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("/datenschutz", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("BUTTON", await page.EvaluateAsync<string>("() => document.activeElement.tagName"));
        Assert.True(await page.Locator("button:focus").IsVisibleAsync());
        await page.Keyboard.PressAsync("Enter");
        // The form posts to "#barriere-melden"; browsers keep that fragment across the redirect.
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/barrierefreiheit/danke(#.*)?$"));

        Assert.Equal("Vielen Dank für Ihre Meldung", (await page.Locator("h1").InnerTextAsync()).Trim());
        await AssertAccessibleAsync(visit, "thanks");
        // The report goes through the mail queue; its job writes it into the pickup folder a moment later.
        for (var waited = 0; Messages().Length == before && waited < 600; waited++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(before + 1, Messages().Length);
        Assert.Empty(visit.ForeignRequests());
    }

    [Fact]
    public async Task BarrierForm_SentEmptyByKeyboard_ShowsAccessibleGermanErrors()
    {
        await using var visit = await site.OpenPageAsync();
        var page = visit.Page;
        var before = Messages().Length;
        await visit.GotoAsync("/barrierefreiheit");

        await TabUntilAsync(page, "PageUrl");
        await page.Keyboard.PressAsync("Enter");

        var summary = page.Locator(".error-summary");
        await summary.WaitForAsync();
        Assert.Contains("Bitte geben Sie die Adresse der Seite an.", await summary.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("true", await page.Locator("#Description").GetAttributeAsync("aria-invalid"));
        await AssertAccessibleAsync(visit, "barrier form with errors");
        Assert.Equal(before, Messages().Length);
    }

    private static async Task TabUntilAsync(IPage page, string id)
    {
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await FocusedIdAsync(page) == id)
            {
                Assert.True(await page.Locator($"#{id}:focus").IsVisibleAsync());
                return;
            }
        }

        Assert.Fail($"#{id} was not reached with the Tab key.");
    }

    private static Task<string> FocusedIdAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''");

    private string[] Messages()
    {
        var folder = site.Services.GetRequiredService<DataDirectory>().Combine(Path.Combine("mail", "pickup"));
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [];
    }

    private static async Task AssertAccessibleAsync(VisitedPage visit, string pageName)
    {
        var violations = await visit.AccessibilityViolationsAsync();
        Assert.True(violations.Count == 0, $"axe found WCAG 2.1 A/AA violations on {pageName}:\n" + string.Join('\n', violations));
    }
}
