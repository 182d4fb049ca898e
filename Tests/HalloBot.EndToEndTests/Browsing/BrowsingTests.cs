using HalloBot.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace HalloBot.EndToEndTests.Browsing;

/// <summary>A resident's first visit: home → category → listing, and a mistyped address.</summary>
[Collection(SiteCollection.Name)]
public sealed class BrowsingTests(SiteFixture site)
{
    [Fact]
    public async Task HomeToCategoryToListing_ByClicking_ShowsListingAccessiblyWithoutForeignRequests()
    {
        await using var visit = await site.OpenPageAsync();
        var page = visit.Page;

        var home = await visit.GotoAsync("/");
        Assert.Equal(200, home.Status);
        Assert.Equal("de", await page.Locator("html").GetAttributeAsync("lang"), ignoreCase: true);
        await AssertAccessibleAsync(visit, "home");

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Bäckerei", Exact = false }).First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/kategorie/baeckerei", StringComparison.Ordinal));
        Assert.Contains("/kategorie/baeckerei", page.Url, StringComparison.Ordinal);
        Assert.Contains("Bäckerei", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(visit, "category");
        // The draft bakery is not public and must not be listed.
        Assert.Equal(0, await page.GetByText("Backstube Entwurf").CountAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = E2ESeed.BakeryName }).First.ClickAsync();
        await page.WaitForURLAsync($"**/b/{E2ESeed.BakerySlug}");
        Assert.EndsWith($"/b/{E2ESeed.BakerySlug}", page.Url, StringComparison.Ordinal);
        Assert.Equal(E2ESeed.BakeryName, (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Equal(1, await page.Locator("a[href^='tel:']").CountAsync());
        Assert.Equal(1, await page.Locator("a[href^='mailto:']").CountAsync());
        Assert.Equal(1, await page.Locator("script[type='application/ld+json']").CountAsync());
        await AssertAccessibleAsync(visit, "listing");

        Assert.Empty(visit.ForeignRequests());
    }

    [Fact]
    public async Task DistrictPage_FromHome_ListsItsBusinesses()
    {
        await using var visit = await site.OpenPageAsync();
        await visit.GotoAsync("/");
        await visit.Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Kirchhellen" }).First.ClickAsync();
        await visit.Page.WaitForURLAsync(url => url.Contains("/stadtteil/kirchhellen", StringComparison.Ordinal));
        Assert.Contains("/stadtteil/kirchhellen", visit.Page.Url, StringComparison.Ordinal);
        Assert.Equal(1, await visit.Page.GetByRole(AriaRole.Link, new() { Name = E2ESeed.BakeryName }).CountAsync());
        await AssertAccessibleAsync(visit, "district");
        Assert.Empty(visit.ForeignRequests());
    }

    [Fact]
    public async Task UnknownAddress_ShowsHelpfulNotFoundPage()
    {
        await using var visit = await site.OpenPageAsync();
        var response = await visit.GotoAsync("/b/gibt-es-nicht");
        Assert.Equal(404, response.Status);
        Assert.Contains("nicht gefunden", await visit.Page.Locator("h1").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.True(await visit.Page.Locator("a[href='/']").CountAsync() > 0, "The 404 page should lead back home.");
        await AssertAccessibleAsync(visit, "404");

        var unknownRoute = await visit.GotoAsync("/irgendwas/ganz/anderes");
        Assert.Equal(404, unknownRoute.Status);
        Assert.Empty(visit.ForeignRequests());
    }

    [Fact]
    public async Task SkipLink_ByKeyboardAlone_MovesFocusToMainContent()
    {
        await using var visit = await site.OpenPageAsync();
        await visit.GotoAsync("/");
        await visit.Page.Keyboard.PressAsync("Tab");
        var focused = await visit.Page.EvaluateAsync<string>("() => document.activeElement?.getAttribute('href') ?? ''");
        Assert.StartsWith("#", focused, StringComparison.Ordinal);
        Assert.True(await visit.Page.Locator("a:focus").IsVisibleAsync(), "The focused skip link must be visible.");
        await visit.Page.Keyboard.PressAsync("Enter");

        // The jump happens after the key press returns: wait for it (up to the default timeout) rather than read at once.
        var target = focused[1..];
        await visit.Page.WaitForFunctionAsync("id => location.hash === '#' + id && document.activeElement?.id === id", target);
        Assert.Equal("main", await visit.Page.EvaluateAsync<string>("() => document.activeElement.tagName.toLowerCase()"));
    }

    [Fact]
    public async Task LanguageSwitch_ToEnglish_ChangesLanguageOfPage()
    {
        await using var visit = await site.OpenPageAsync();
        await visit.GotoAsync("/?culture=en");
        Assert.Equal("en", await visit.Page.Locator("html").GetAttributeAsync("lang"), ignoreCase: true);
        await AssertAccessibleAsync(visit, "home (English)");
    }

    private static async Task AssertAccessibleAsync(VisitedPage visit, string pageName)
    {
        var violations = await visit.AccessibilityViolationsAsync();
        Assert.True(violations.Count == 0, $"axe found WCAG 2.1 A/AA violations on the {pageName} page:\n" + string.Join('\n', violations));
    }
}
