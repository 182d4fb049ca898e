using HalloBot.Domain.Persistence;
using HalloBot.EndToEndTests.Infrastructure;
using HalloBot.EndToEndTests.Search;
using HalloBot.Search.Contract;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HalloBot.EndToEndTests.Security;

/// <summary>
/// Every public page type of <see cref="PageTypes"/> in a real browser: every response of the site carries the security
/// headers, no request leaves the origin, and the pages work under the content security policy (no violation, no console error).
/// </summary>
[Collection(PageTypesSiteCollection.Name)]
public sealed class SecurityPolicyTests(SiteFixture site) : IAsyncLifetime
{
    /// <summary>Answers that are not pages of the catalog but open in the browser all the same.</summary>
    private static readonly PageType[] NotPages =
    [
        new(Who.Anonymous, "/api/v1/listings", 200),
        new(Who.Anonymous, "/api/v1/listings/gibt-es-nicht", 404),
        new(Who.Anonymous, "/sitemap.xml", 200),
        new(Who.Anonymous, "/robots.txt", 200),
    ];

    /// <summary>
    /// Every page type of <see cref="PageTypes"/> a visitor reaches without an account of a business or of the office
    /// (public pages, private links, error pages, the signed-in newcomer's refusal), and the answers above. The members'
    /// and staff pages get the same-origin and header checks in <see cref="Accessibility.SignedInPageTypesTests"/>'s
    /// visit: a second visit each here would add about a minute to the suite.
    /// </summary>
    public static TheoryData<Who, string, int> Pages() =>
        Accessibility.SignedInPageTypesTests.AsTheory([.. PageTypes.All.Where(p => p.Who is Who.Anonymous or Who.Newcomer), .. NotPages]);

    /// <summary>Files rather than pages: the browser would download them, so they are fetched in its context.</summary>
    public static TheoryData<string, string> Downloads => new()
    {
        { "/api/v1/export/listings.csv", "text/csv" },
        { "/api/v1/export/listings.geojson", "application/geo+json" },
        { "/api/v1/export/dcat.jsonld", "application/ld+json" },
        { "/api/v1/openapi.json", "application/json" },
        { "/media/{media}", "image/jpeg" },
    };

    private SeededPages _pages = null!;

    public async Task InitializeAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var index = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
        await SeededIndex.FillAsync(scope.ServiceProvider.GetRequiredService<HalloBotDbContext>(), index);
        _pages = await SeededPages.OnceAsync(site);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_InBrowser_CarriesHeadersStaysOnOriginAndBreaksNoPolicy(Who who, string path, int status)
    {
        var kind = $"{path} ({who})";
        await using var visit = await _pages.OpenAsAsync(site, who);
        var watch = await PolicyWatch.StartAsync(visit.Page, site.BaseAddress);

        var response = await visit.GotoAsync(_pages.Fill(path));

        Assert.True(status == response.Status, $"{kind}: {path} answered {response.Status}.");
        var headers = await response.AllHeadersAsync();
        Assert.DoesNotContain("unsafe-inline", headers["content-security-policy"], StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", headers["content-security-policy"], StringComparison.Ordinal);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.Equal("strict-origin-when-cross-origin", headers["referrer-policy"]);
        Assert.Contains("geolocation=(self)", headers["permissions-policy"], StringComparison.Ordinal);
        // Chromium shows an XML document (the sitemap) in its own viewer, whose inline styles the page's policy
        // blocks: the viewer's matter, not the site's (the document has no source file to blame).
        var isXml = headers["content-type"].Contains("xml", StringComparison.Ordinal);
        await AssertNothingBrokeAsync(visit, watch, kind, ignoreBrowserXmlViewer: isXml, pageStatus: status);
    }

    [Theory]
    [MemberData(nameof(Downloads))]
    public async Task Download_InBrowserContext_CarriesHeaders(string path, string contentType)
    {
        await using var visit = await site.OpenPageAsync();

        var response = await visit.Page.APIRequest.GetAsync(_pages.Fill(path));

        Assert.True(response.Status == 200, $"{path} answered {response.Status}");
        var headers = response.Headers;
        Assert.StartsWith(contentType, headers["content-type"], StringComparison.Ordinal);
        var missing = PolicyWatch.RequiredHeaders.Where(h => !headers.ContainsKey(h)).ToList();
        Assert.True(missing.Count == 0, $"{path} lacks {string.Join(", ", missing)}");
        Assert.Contains("frame-ancestors 'none'", headers["content-security-policy"], StringComparison.Ordinal);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.Equal("strict-origin-when-cross-origin", headers["referrer-policy"]);
    }

    [Fact]
    public async Task MemberDataDownload_SignedIn_CarriesHeadersAndIsNotCached()
    {
        await using var visit = await site.OpenSignedInAsync(_pages.Member);

        var response = await visit.Page.APIRequest.GetAsync("/konto/daten");

        Assert.Equal(200, response.Status);
        var headers = response.Headers;
        Assert.StartsWith("application/json", headers["content-type"], StringComparison.Ordinal);
        Assert.All(PolicyWatch.RequiredHeaders, h => Assert.True(headers.ContainsKey(h), $"/konto/daten lacks {h}"));
        Assert.Contains("no-store", headers["cache-control"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchScripts_SuggestionsAndNearMe_WorkUnderThePolicy()
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
        var watch = await PolicyWatch.StartAsync(page, site.BaseAddress);
        await visit.GotoAsync($"/b/{E2ESeed.BakerySlug}");

        // The suggestions fetch from the API (connect-src 'self').
        await page.Locator("#kopf-q").FocusAsync();
        await page.Keyboard.TypeAsync("bäck", new() { Delay = 40 });
        await Assertions.Expect(page.GetByRole(AriaRole.Listbox)).ToBeVisibleAsync();
        await AssertNothingBrokeAsync(visit, watch, "suggestions");

        // The position (geolocation=(self) in the permissions policy).
        await visit.GotoAsync("/suche?q=b%C3%A4ckerei");
        await page.GetByRole(AriaRole.Button, new() { Name = "In meiner Nähe suchen" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("sort=distance", StringComparison.Ordinal));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await AssertNothingBrokeAsync(visit, watch, "near me");
    }

    [Fact]
    public async Task ListingMap_ShownOnRequest_LoadsTilesUnderThePolicy()
    {
        await using var visit = await site.OpenPageAsync();
        var page = visit.Page;
        var watch = await PolicyWatch.StartAsync(page, site.BaseAddress);
        var tiles = 0;
        // The tile server the map is configured with by default; the test never reaches it.
        await page.RouteAsync("https://tile.openstreetmap.org/**", async route =>
        {
            Interlocked.Increment(ref tiles);
            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "image/png", BodyBytes = GreyPixel });
        });
        await visit.GotoAsync($"/b/{E2ESeed.BakerySlug}");

        await page.RunAndWaitForRequestAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Karte anzeigen" }).ClickAsync(),
            request => request.Url.StartsWith("https://tile.openstreetmap.org/", StringComparison.Ordinal), new() { Timeout = 60_000 });
        await page.Locator(".map__tiles img").First.WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var violations = await watch.ViolationsAsync();
        Assert.True(violations.Count == 0, "CSP violations: " + string.Join("; ", violations) + " / console: " + string.Join("; ", watch.ConsoleErrors));
        Assert.True(tiles > 0, "No tile was requested; console: " + string.Join("; ", watch.ConsoleErrors));
        Assert.Empty(watch.ConsoleErrors);
    }

    /// <summary>A 1 × 1 grey PNG.</summary>
    private static readonly byte[] GreyPixel = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGO4DgAA5QDkNqNNaAAAAABJRU5ErkJggg==");

    /// <param name="pageStatus">The status the page answers with on purpose: the browser's console notes it as an error.</param>
    private static async Task AssertNothingBrokeAsync(VisitedPage visit, PolicyWatch watch, string kind, bool ignoreBrowserXmlViewer = false, int pageStatus = 200)
    {
        var violations = (await watch.ViolationsAsync())
            .Where(v => !(ignoreBrowserXmlViewer && v.StartsWith("style-src-elem blocked inline at :", StringComparison.Ordinal)))
            .ToList();
        Assert.True(violations.Count == 0, $"{kind}: CSP violations: {string.Join("; ", violations)}");
        var consoleErrors = watch.ConsoleErrors
            .Where(e => !(ignoreBrowserXmlViewer && e.StartsWith("Applying inline style violates", StringComparison.Ordinal)))
            .Where(e => !(pageStatus >= 400 && e.StartsWith($"Failed to load resource: the server responded with a status of {pageStatus} ", StringComparison.Ordinal)))
            .ToList();
        Assert.True(consoleErrors.Count == 0, $"{kind}: console errors: {string.Join("; ", consoleErrors)}");
        Assert.True(watch.PageErrors.Count == 0, $"{kind}: script errors: {string.Join("; ", watch.PageErrors)}");
        Assert.True(watch.ResponsesWithoutHeaders.Count == 0, $"{kind}: {string.Join("; ", watch.ResponsesWithoutHeaders)}");
        Assert.True(visit.ForeignRequests().Count == 0, $"{kind}: requests to other origins: {string.Join(", ", visit.ForeignRequests())}");
    }
}
