using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace HalloBot.EndToEndTests.Infrastructure;

/// <summary>A browser page that remembers every request it made, to prove nothing leaves the site's origin.</summary>
public sealed class VisitedPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly Uri _origin;
    private readonly List<string> _requests = [];

    internal VisitedPage(IBrowserContext context, IPage page, Uri origin)
    {
        _context = context;
        _origin = origin;
        Page = page;
        Page.Request += (_, request) =>
        {
            lock (_requests)
            {
                _requests.Add(request.Url);
            }
        };
    }

    public IPage Page { get; }

    public async Task<IResponse> GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        return response ?? throw new InvalidOperationException($"No response for {path}.");
    }

    /// <summary>
    /// Waits until <paramref name="text"/> shows inside <paramref name="within"/>: text only the page after a click or
    /// Enter has. Right after the key press, network-idle can still be the old page on a busy machine.
    /// </summary>
    public Task WaitForTextAsync(string text, string within = "main") =>
        Page.Locator(within).GetByText(text).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });

    /// <summary>Requests to any origin but the site's own (data: URLs excepted).</summary>
    public IReadOnlyList<string> ForeignRequests()
    {
        lock (_requests)
        {
            return _requests
                .Where(url => !url.StartsWith("data:", StringComparison.Ordinal))
                .Where(url => !Uri.TryCreate(url, UriKind.Absolute, out var uri)
                              || uri.Scheme != _origin.Scheme || uri.Host != _origin.Host || uri.Port != _origin.Port)
                .ToList();
        }
    }

    /// <summary>
    /// Runs axe (the version bundled with Deque.AxeCore) with the WCAG 2.0/2.1 A and AA rules on the whole document and
    /// describes each violation readably.
    /// </summary>
    /// <remarks>
    /// Deque's <c>RunAxe</c> opens a second browser page for every run to merge results across frames; the site's
    /// pages have no frames, and one <c>axe.run</c> in the page itself finds the same violations in a third of the time.
    /// </remarks>
    public async Task<IReadOnlyList<string>> AccessibilityViolationsAsync()
    {
        if (!await Page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await Page.EvaluateAsync(AxeLoader);
        }

        return await Page.EvaluateAsync<string[]>(
            """
            async () => {
              const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                resultTypes: ['violations'],
              });
              return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map(n => n.html).join(' | ')}`);
            }
            """);
    }

    private static readonly string AxeLoader = $"() => {{ {new BundledAxeScriptProvider().GetScript()}\n }}";

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
