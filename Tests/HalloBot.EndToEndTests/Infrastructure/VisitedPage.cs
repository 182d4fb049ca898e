using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
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

    /// <summary>Runs axe with the WCAG 2.0/2.1 A and AA rules and describes each violation readably.</summary>
    public async Task<IReadOnlyList<string>> AccessibilityViolationsAsync()
    {
        var result = await Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        return result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html))}")
            .ToList();
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
