using HalloBot.Domain.Persistence;
using HalloBot.EndToEndTests.Infrastructure;
using HalloBot.EndToEndTests.Search;
using HalloBot.Search.Contract;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.EndToEndTests.Accessibility;

/// <summary>
/// WCAG 2.1 AA at a phone's 320 px (which is also 1280 px at 400 % zoom) and at a desktop's 1280 px, for every page
/// type anyone can reach without signing in: axe finds nothing, the page never scrolls sideways, and nothing is
/// loaded from another origin. The list is <see cref="PageTypes.Plain"/>; the civic pages have their own test (<see cref="CivicPagesTests"/>).
/// </summary>
[Collection(PageTypesSiteCollection.Name)]
public sealed class PageTypesAtWidthsTests(SiteFixture site) : IAsyncLifetime
{
    private SeededPages _data = null!;

    public static TheoryData<string, int> PagesAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var page in PageTypes.Plain)
        {
            data.Add(page.Path, 320);
            data.Add(page.Path, 1280);
        }

        return data;
    }

    public async Task InitializeAsync()
    {
        _data = await SeededPages.OnceAsync(site);
        await using var scope = site.Services.CreateAsyncScope();
        await SeededIndex.FillAsync(scope.ServiceProvider.GetRequiredService<HalloBotDbContext>(), scope.ServiceProvider.GetRequiredService<ISearchIndex>());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task Page_AtWidth_HasNoAxeViolationsNoSidewaysScrollingAndNoForeignRequests(string path, int width)
    {
        await using var visit = await site.OpenPageAsync();
        await visit.Page.SetViewportSizeAsync(width, 900);

        var response = await visit.GotoAsync(_data.Fill(path));

        var expected = PageTypes.Plain.First(p => p.Path == path).Status;
        Assert.True(response.Status == expected, $"{path} answered {response.Status}, expected {expected}");
        var violations = await visit.AccessibilityViolationsAsync();
        Assert.True(violations.Count == 0, $"axe found WCAG 2.1 A/AA violations on {path} at {width} px:\n" + string.Join('\n', violations));
        var overflow = await visit.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} at {width} px scrolls sideways by {overflow} px");
        Assert.Empty(visit.ForeignRequests());
    }
}
