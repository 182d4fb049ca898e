using HalloBot.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace HalloBot.EndToEndTests.Map;

/// <summary>The map asks first, then loads tiles from the tile server only, and is operable by keyboard.</summary>
[Collection(SiteCollection.Name)]
public sealed class MapTests(SiteFixture site)
{
    private const string TileHost = "tile.openstreetmap.org";

    /// <summary>A 1 × 1 grey PNG: the test never reaches the real tile server.</summary>
    private static readonly byte[] Tile = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGO4DgAA5QDkNqNNaAAAAABJRU5ErkJggg==");

    [Fact]
    public async Task ShowMap_ByKeyboard_LoadsTilesOnlyAfterAskingAndOnlyFromTileServer()
    {
        await using var visit = await site.OpenPageAsync();
        var page = visit.Page;
        var tileRequests = new List<string>();
        await page.RouteAsync($"https://{TileHost}/**", async route =>
        {
            lock (tileRequests)
            {
                tileRequests.Add(route.Request.Url);
            }

            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "image/png", BodyBytes = Tile });
        });

        await visit.GotoAsync($"/b/{E2ESeed.BakerySlug}");
        Assert.Empty(visit.ForeignRequests());
        var show = page.GetByRole(AriaRole.Button, new() { Name = "Karte anzeigen" });
        await show.FocusAsync();
        // Waits for the tile request itself: network-idle right after Enter can come before the script asks for tiles.
        await page.RunAndWaitForRequestAsync(() => page.Keyboard.PressAsync("Enter"),
            request => request.Url.StartsWith($"https://{TileHost}/17/", StringComparison.Ordinal), new() { Timeout = 60_000 });
        // A loaded tile image means the route above answered it (and recorded it).
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.map__tiles img')].some(i => i.complete && i.naturalWidth > 0)",
            null, new() { Timeout = 60_000 });
        Assert.NotEmpty(tileRequests);
        Assert.All(visit.ForeignRequests(), url => Assert.StartsWith($"https://{TileHost}/17/", url, StringComparison.Ordinal));
        Assert.True(await page.Locator(".map__attribution").IsVisibleAsync());
        Assert.Equal("Karte: Lage von " + E2ESeed.BakeryName, await page.Locator(".map__tiles").GetAttributeAsync("aria-label"));

        // Focus moved to the zoom buttons; Enter zooms in.
        Assert.Equal("Karte vergrößern", await page.EvaluateAsync<string>("document.activeElement.getAttribute('aria-label')"));
        await page.RunAndWaitForRequestAsync(() => page.Keyboard.PressAsync("Enter"),
            request => request.Url.StartsWith($"https://{TileHost}/18/", StringComparison.Ordinal), new() { Timeout = 60_000 });
        Assert.Contains(visit.ForeignRequests(), url => url.StartsWith($"https://{TileHost}/18/", StringComparison.Ordinal));

        Assert.Empty(await visit.AccessibilityViolationsAsync());
    }
}
