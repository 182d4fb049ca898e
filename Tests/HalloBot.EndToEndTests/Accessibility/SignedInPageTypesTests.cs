using HalloBot.EndToEndTests.Infrastructure;
using HalloBot.EndToEndTests.Security;

namespace HalloBot.EndToEndTests.Accessibility;

/// <summary>
/// WCAG 2.1 AA at 320 px and 1280 px for the page types behind a sign-in, behind a private link, and the error pages:
/// axe finds nothing, nothing scrolls sideways at 320 px, nothing is loaded from another origin, and the answer carries
/// the security headers. The list is <see cref="PageTypes"/>. The anonymous page types are in <see cref="PageTypesAtWidthsTests"/>, the civic ones in <see cref="CivicPagesTests"/>, the pages only a
/// sign-in with a second factor or a rate limit reaches in <see cref="FlowPageTypesTests"/>.
/// </summary>
[Collection(PageTypesSiteCollection.Name)]
public sealed class SignedInPageTypesTests(SiteFixture site) : IAsyncLifetime
{
    private SeededPages _data = null!;

    /// <summary>The innermost elements that reach past the right edge, to name the culprit of sideways scrolling.</summary>
    private const string StickingOut = """
        () => [...document.body.querySelectorAll('*')]
          .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > document.documentElement.clientWidth + 1))
          .slice(0, 5)
          .map(e => `${e.tagName.toLowerCase()}${e.className ? '.' + e.className : ''} (${Math.round(e.getBoundingClientRect().right)} px): ${(e.textContent || '').trim().slice(0, 40)}`)
          .join(' | ')
        """;

    public static TheoryData<Who, string, int> AllPages() => AsTheory(PageTypes.SignedIn);

    public static TheoryData<Who, string, int> PublicPages() => AsTheory(PageTypes.SeededPublic);

    internal static TheoryData<Who, string, int> AsTheory(IEnumerable<PageType> pages)
    {
        var data = new TheoryData<Who, string, int>();
        foreach (var (who, path, status) in pages)
        {
            data.Add(who, path, status);
        }

        return data;
    }

    public async Task InitializeAsync() => _data = await SeededPages.OnceAsync(site);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(PublicPages))]
    public Task PublicPage_At320And1280_HasNoAxeViolationsNoSidewaysScrollingAndNoForeignRequests(Who who, string path, int status) =>
        Page_At320And1280_HasNoAxeViolationsNoSidewaysScrollingAndNoForeignRequests(who, path, status);

    /// <remarks>
    /// Both widths in one visit: the page is loaded at 320 px, checked, widened to 1280 px (the style sheet's media
    /// queries apply at once) and checked again. Half the sign-ins and page loads of one visit per width.
    /// </remarks>
    [Theory]
    [MemberData(nameof(AllPages))]
    public async Task Page_At320And1280_HasNoAxeViolationsNoSidewaysScrollingAndNoForeignRequests(Who who, string path, int status)
    {
        var address = _data.Fill(path);
        await using var visit = await _data.OpenAsAsync(site, who);

        await visit.Page.SetViewportSizeAsync(320, 900);
        var response = await visit.GotoAsync(address);

        Assert.True(response.Status == status, $"{path} ({who}) answered {response.Status}, expected {status}");
        // The security headers too, on the answer already loaded (SecurityPolicyTests visits only the public pages).
        var headers = await response.AllHeadersAsync();
        var missing = PolicyWatch.RequiredHeaders.Where(h => !headers.ContainsKey(h)).ToList();
        Assert.True(missing.Count == 0, $"{path} ({who}) lacks {string.Join(", ", missing)}");
        await AssertPageAsync(visit, $"{path} ({who}) at 320 px");
        await visit.Page.SetViewportSizeAsync(1280, 900);
        await AssertPageAsync(visit, $"{path} ({who}) at 1280 px");
    }

    /// <summary>Checks a page already open: axe, sideways scrolling and foreign requests.</summary>
    internal static async Task AssertPageAsync(VisitedPage visit, string what)
    {
        var violations = await visit.AccessibilityViolationsAsync();
        Assert.True(violations.Count == 0, $"axe found WCAG 2.1 A/AA violations on {what}:\n" + string.Join('\n', violations));
        var overflow = await visit.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{what} scrolls sideways by {overflow} px; sticking out: "
            + (overflow > 0 ? await visit.Page.EvaluateAsync<string>(StickingOut) : ""));
        Assert.True(visit.ForeignRequests().Count == 0, $"{what} requested other origins: " + string.Join(", ", visit.ForeignRequests()));
    }
}
