using System.Text.Json;
using HalloBot.Domain.Persistence;
using HalloBot.EndToEndTests.Infrastructure;
using HalloBot.EndToEndTests.Search;
using HalloBot.Search.Contract;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.EndToEndTests.Accessibility;

/// <summary>
/// WCAG 2.4.7 (focus visible): tabbing through a page, every element that takes the focus shows an indicator
/// (an outline or a box shadow) and is scrolled into the viewport.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class FocusVisibleTests(SiteFixture site) : IAsyncLifetime
{
    /// <summary>Enough for every focusable element of these pages; the loop stops earlier when the focus wraps around.</summary>
    private const int MaxTabs = 150;

    private const string DescribeFocus = """
        async () => {
          // The browser scrolls the focused element into view, smoothly where the page asks for it: wait until it stops.
          let last = -1, stable = 0;
          for (let i = 0; i < 120 && stable < 3; i++) {
            await new Promise(r => requestAnimationFrame(r));
            stable = window.scrollY === last ? stable + 1 : 0;
            last = window.scrollY;
          }
          const e = document.activeElement;
          if (!e || e === document.body) return null;
          const s = getComputedStyle(e);
          const r = e.getBoundingClientRect();
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
          const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
          const inView = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0
            && r.top < window.innerHeight && r.left < window.innerWidth;
          const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
            + (e.getAttribute('href') ? `[href="${e.getAttribute('href')}"]` : '')
            + (e.getAttribute('name') ? `[name="${e.getAttribute('name')}"]` : '')
            + ` "${(e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
          return { name, indicated: outline || shadow, inView };
        }
        """;

    public static TheoryData<string, int> PagesAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in (string[])["/", "/suche?q=b%C3%A4ckerei", $"/b/{E2ESeed.BakerySlug}", "/barrierefreiheit", "/konto/registrieren"])
        {
            data.Add(path, 320);
            data.Add(path, 1280);
        }

        return data;
    }

    public async Task InitializeAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        await SeededIndex.FillAsync(scope.ServiceProvider.GetRequiredService<HalloBotDbContext>(), scope.ServiceProvider.GetRequiredService<ISearchIndex>());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task TabThroughPage_AtWidth_EveryFocusedElementVisiblyMarkedAndInView(string path, int width)
    {
        await using var visit = await site.OpenPageAsync();
        var page = visit.Page;
        await page.SetViewportSizeAsync(width, 900);
        await visit.GotoAsync(path);

        var seen = new List<string>();
        var problems = new List<string>();
        for (var i = 0; i < MaxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = FocusState.From(await page.EvaluateAsync<JsonElement?>(DescribeFocus));
            if (focus is null || (seen.Count > 0 && focus.Name == seen[0]))
            {
                break;
            }

            seen.Add(focus.Name);
            if (!focus.Indicated)
            {
                problems.Add($"{focus.Name}: no outline or box shadow");
            }

            if (!focus.InView)
            {
                problems.Add($"{focus.Name}: outside the viewport");
            }
        }

        Assert.True(seen.Count >= 3, $"{path}: only {seen.Count} elements took the focus");
        Assert.True(problems.Count == 0, $"{path} at {width} px:\n" + string.Join('\n', problems));
    }

    private sealed record FocusState(string Name, bool Indicated, bool InView)
    {
        public static FocusState? From(JsonElement? json) => json is { ValueKind: JsonValueKind.Object } e
            ? new FocusState(e.GetProperty("name").GetString() ?? "", e.GetProperty("indicated").GetBoolean(), e.GetProperty("inView").GetBoolean())
            : null;
    }
}
