using HalloBot.Domain.Persistence;
using HalloBot.EndToEndTests.Infrastructure;
using HalloBot.Search.Contract;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HalloBot.EndToEndTests.Search;

/// <summary>Searching as a resident does: the header box with its suggestions, the results page, "in meiner Nähe".</summary>
[Collection(SiteCollection.Name)]
public sealed class SearchTests(SiteFixture site) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        // The fixture seeds through the database; the outbox brings the listings into the index a moment later.
        // Filling the index here (idempotent, as the indexing job does) keeps the tests from depending on when.
        await using var scope = site.Services.CreateAsyncScope();
        var index = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
        var published = await SeededIndex.FillAsync(scope.ServiceProvider.GetRequiredService<HalloBotDbContext>(), index);
        Assert.Equal(published, await index.CountAsync(CancellationToken.None));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task HeaderSearch_TypeArrowDownEnter_OpensTheSuggestedCategoryByKeyboardOnly()
    {
        await using var visit = await site.OpenPageAsync();
        var page = visit.Page;
        await visit.GotoAsync($"/b/{E2ESeed.BakerySlug}");
        var input = page.Locator("#kopf-q");

        await input.FocusAsync();
        await page.Keyboard.TypeAsync("bäck", new() { Delay = 40 });

        var listbox = page.GetByRole(AriaRole.Listbox);
        await Assertions.Expect(listbox).ToBeVisibleAsync();
        Assert.Equal("combobox", await input.GetAttributeAsync("role"));
        Assert.Equal("true", await input.GetAttributeAsync("aria-expanded"));
        Assert.Equal(await listbox.GetAttributeAsync("id"), await input.GetAttributeAsync("aria-controls"));
        var first = listbox.GetByRole(AriaRole.Option).First;
        Assert.StartsWith("Bäckerei, Kategorie", (await first.TextContentAsync())!.Trim(), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("form[role=search] [role=status]").First).ToContainTextAsync("Vorschl");

        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(await first.GetAttributeAsync("id"), await input.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("true", await first.GetAttributeAsync("aria-selected"));
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/kategorie/baeckerei");
        Assert.Contains("Bäckerei", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(visit.ForeignRequests());
    }

    [Fact]
    public async Task HeaderSearch_Escape_ClosesTheSuggestions()
    {
        await using var visit = await site.OpenPageAsync();
        var page = visit.Page;
        await visit.GotoAsync("/stadtteil/kirchhellen");
        await page.Locator("#kopf-q").FocusAsync();
        await page.Keyboard.TypeAsync("kortm", new() { Delay = 40 });
        await Assertions.Expect(page.GetByRole(AriaRole.Listbox)).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(page.GetByRole(AriaRole.Listbox)).ToBeHiddenAsync();
        Assert.Equal("false", await page.Locator("#kopf-q").GetAttributeAsync("aria-expanded"));
        Assert.Equal("kortm", await page.Locator("#kopf-q").InputValueAsync());
    }

    [Fact]
    public async Task HeaderSearch_WordsWithoutUmlautsAndADistrict_FindTheBakery()
    {
        await using var visit = await site.OpenPageAsync();
        var page = visit.Page;
        await visit.GotoAsync("/stadtteil/stadtmitte");

        await page.Locator("#kopf-q").FocusAsync();
        await page.Keyboard.TypeAsync("baeckerei kirchhellen");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/suche?q=baeckerei+kirchhellen");
        var results = page.Locator(".result-list");
        await Assertions.Expect(results.GetByRole(AriaRole.Link, new() { Name = E2ESeed.BakeryName })).ToBeVisibleAsync();
        Assert.Empty(visit.ForeignRequests());
    }

    [Theory]
    [InlineData("/suche?q=b%C3%A4ckerei")]
    [InlineData("/suche?q=xqzvtwpl")]
    [InlineData("/suche?q=b%C3%A4ckerei&lat=51.6&lon=6.92&sort=distance&district=kirchhellen")]
    public async Task SearchPage_WithAndWithoutResults_IsAccessibleWithoutForeignRequests(string path)
    {
        await using var visit = await site.OpenPageAsync();

        var response = await visit.GotoAsync(path);

        Assert.Equal(200, response.Status);
        var violations = await visit.AccessibilityViolationsAsync();
        Assert.True(violations.Count == 0, $"{path}:\n{string.Join("\n", violations)}");
        Assert.Empty(visit.ForeignRequests());
    }

    [Fact]
    public async Task SearchPage_SuggestionsOpen_IsAccessible()
    {
        await using var visit = await site.OpenPageAsync();
        var page = visit.Page;
        await visit.GotoAsync("/suche?q=caf%C3%A9");
        await page.Locator("#suche-q").FillAsync("");
        await page.Locator("#suche-q").FocusAsync();
        await page.Keyboard.TypeAsync("bäck", new() { Delay = 40 });
        await Assertions.Expect(page.GetByRole(AriaRole.Listbox)).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");

        var violations = await visit.AccessibilityViolationsAsync();

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task NearMe_PositionAllowed_ReloadsSortedByDistance()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "de-DE",
            TimezoneId = "Europe/Berlin",
            BaseURL = site.BaseAddress.ToString(),
            Permissions = ["geolocation"],
            Geolocation = new Geolocation { Latitude = 51.6049f, Longitude = 6.9211f },
        });
        await using var visit = new VisitedPage(context, await context.NewPageAsync(), site.BaseAddress);
        var page = visit.Page;
        await visit.GotoAsync("/suche?q=b%C3%A4ckerei");

        var button = page.GetByRole(AriaRole.Button, new() { Name = "In meiner Nähe suchen" });
        await Assertions.Expect(button).ToBeVisibleAsync();
        await button.PressAsync("Enter");

        await page.WaitForURLAsync(url => url.Contains("lat=51.6049", StringComparison.Ordinal) && url.Contains("sort=distance", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator(".result-list > li").First).ToContainTextAsync("km entfernt");
        Assert.Equal("true", await page.Locator(".sort-links a", new() { HasText = "Entfernung" }).GetAttributeAsync("aria-current"));
        Assert.Empty(visit.ForeignRequests());
    }

    [Fact]
    public async Task NearMe_PositionRefused_ExplainsWhy()
    {
        await using var visit = await site.OpenPageAsync();
        var page = visit.Page;
        await visit.GotoAsync("/suche?q=b%C3%A4ckerei");

        await page.GetByRole(AriaRole.Button, new() { Name = "In meiner Nähe suchen" }).ClickAsync();

        await Assertions.Expect(page.Locator(".near-me__message")).ToContainTextAsync("nicht freigegeben");
        Assert.Contains("/suche?q=", page.Url, StringComparison.Ordinal);
    }
}
