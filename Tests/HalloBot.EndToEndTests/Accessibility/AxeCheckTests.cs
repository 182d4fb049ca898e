using HalloBot.EndToEndTests.Infrastructure;

namespace HalloBot.EndToEndTests.Accessibility;

/// <summary>
/// The axe check every page test relies on must itself find violations: a page built to break WCAG rules, from a
/// missing alternative text to a page without language and title, must be reported rule by rule.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class AxeCheckTests(SiteFixture site)
{
    [Fact]
    public async Task AccessibilityViolations_PageBreakingRules_ReportsEachRuleWithTheOffendingElement()
    {
        await using var visit = await site.OpenPageAsync();
        await visit.Page.SetContentAsync(
            """
            <html><body>
              <main>
                <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" id="bild-ohne-alt">
                <input type="text" id="feld-ohne-label">
                <p style="color:#aaa;background:#fff">Kaum lesbar</p>
              </main>
            </body></html>
            """);

        var violations = await visit.AccessibilityViolationsAsync();

        Assert.Contains(violations, v => v.StartsWith("image-alt ", StringComparison.Ordinal) && v.Contains("bild-ohne-alt", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("label ", StringComparison.Ordinal) && v.Contains("feld-ohne-label", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("color-contrast ", StringComparison.Ordinal) && v.Contains("Kaum lesbar", StringComparison.Ordinal));
        // Rules about the whole document run too: no lang, no title.
        Assert.Contains(violations, v => v.StartsWith("html-has-lang ", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("document-title ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AccessibilityViolations_SiteHomePage_ReportsNone()
    {
        await using var visit = await site.OpenPageAsync();
        await visit.GotoAsync("/");

        Assert.Empty(await visit.AccessibilityViolationsAsync());
        // A second run on the same page reuses the injected axe and still answers.
        Assert.Empty(await visit.AccessibilityViolationsAsync());
    }
}
