using Microsoft.Playwright;

namespace HalloBot.EndToEndTests.Security;

/// <summary>
/// Watches a page for what a content security policy breaks: violation events (reported by a script Playwright
/// injects outside the page's policy), the console's "Refused to …" errors, uncaught script errors, and responses
/// of the site that lack a security header.
/// </summary>
public sealed class PolicyWatch
{
    public static readonly string[] RequiredHeaders =
    [
        "content-security-policy", "x-content-type-options", "referrer-policy", "permissions-policy", "x-frame-options",
    ];

    private const string ViolationRecorder = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
          window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));
        """;

    private readonly List<string> _consoleErrors = [];
    private readonly List<string> _pageErrors = [];
    private readonly List<string> _responsesWithoutHeaders = [];
    private readonly IPage _page;
    private readonly Uri _origin;

    private PolicyWatch(IPage page, Uri origin)
    {
        _page = page;
        _origin = origin;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (_consoleErrors)
                {
                    _consoleErrors.Add(message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_pageErrors)
            {
                _pageErrors.Add(error);
            }
        };
        page.Response += (_, response) => CheckHeaders(response);
    }

    public static async Task<PolicyWatch> StartAsync(IPage page, Uri origin)
    {
        var watch = new PolicyWatch(page, origin);
        await page.AddInitScriptAsync(ViolationRecorder);
        return watch;
    }

    /// <summary>Console errors but the browser's own note that a page answered with an error status (a 404 page is meant to).</summary>
    public IReadOnlyList<string> ConsoleErrors
    {
        get
        {
            lock (_consoleErrors)
            {
                return _consoleErrors.Where(e => !e.StartsWith("Failed to load resource: the server responded with a status of 404", StringComparison.Ordinal)).ToList();
            }
        }
    }

    public IReadOnlyList<string> PageErrors
    {
        get
        {
            lock (_pageErrors)
            {
                return [.. _pageErrors];
            }
        }
    }

    public IReadOnlyList<string> ResponsesWithoutHeaders
    {
        get
        {
            lock (_responsesWithoutHeaders)
            {
                return [.. _responsesWithoutHeaders];
            }
        }
    }

    public async Task<IReadOnlyList<string>> ViolationsAsync() =>
        await _page.EvaluateAsync<string[]?>("() => window.__cspViolations ?? []") ?? [];

    private void CheckHeaders(IResponse response)
    {
        if (!Uri.TryCreate(response.Url, UriKind.Absolute, out var url) || url.Authority != _origin.Authority)
        {
            return;
        }

        var missing = RequiredHeaders.Where(h => !response.Headers.ContainsKey(h)).ToList();
        if (missing.Count > 0)
        {
            lock (_responsesWithoutHeaders)
            {
                _responsesWithoutHeaders.Add($"{url.PathAndQuery} ({response.Status}) lacks {string.Join(", ", missing)}");
            }
        }
    }
}
