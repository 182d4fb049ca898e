using System.Net;
using System.Text.RegularExpressions;
using AngleSharp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace HalloBot.IntegrationTests.Operations;

/// <summary>
/// Log lines carry their request's trace id, the error page shows it, and nothing a resident typed reaches the log,
/// even with every category at Information.
/// </summary>
public sealed partial class StructuredLoggingTests
{
    private static readonly Dictionary<string, string> EverythingAtInformation = new()
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
    };

    [Fact]
    public async Task ErrorPage_UnhandledException_ShowsTheTraceIdEveryLogLineOfTheRequestCarries()
    {
        await using var app = new OperationsApp("Production", EverythingAtInformation);
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri(OperationsApp.FailingPath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);

        var page = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(response.Content.ReadAsStream()));
        var requestId = TraceId().Match(page.QuerySelector(".request-id")?.TextContent ?? "").Value;
        Assert.Matches("^[0-9a-f]{32}$", requestId);

        var ofRequest = app.Log.Entries.Where(e => e.Scopes.GetValueOrDefault("RequestPath") == OperationsApp.FailingPath).ToList();
        Assert.Contains(ofRequest, e => e.Level == LogLevel.Error && e.Message.Contains("unhandled exception", StringComparison.OrdinalIgnoreCase));
        Assert.All(ofRequest, e => Assert.Equal(requestId, e.Scopes.GetValueOrDefault("TraceId")));
    }

    [Fact]
    public async Task Log_SearchWithPersonalWordsAndPosition_HoldsNoneOfThem()
    {
        await using var app = new OperationsApp(settings: EverythingAtInformation);
        using var client = app.CreateClient();
        using var page = await client.GetAsync(new Uri("/suche?q=erika.mustermann%40example.org&lat=51.52345&lon=6.91234&sort=distance", UriKind.Relative));
        using var api = await client.GetAsync(new Uri("/api/v1/search?q=Mustermann+Hausarzt", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);

        var entries = app.Log.Entries;
        Assert.Contains(entries, e => e.Scopes.GetValueOrDefault("RequestPath") == "/suche");
        var leaks = entries.Where(e => e.AllText.Contains("mustermann", StringComparison.OrdinalIgnoreCase)
                                       || e.AllText.Contains("51.52345", StringComparison.Ordinal)).ToList();
        Assert.True(leaks.Count == 0, "Logged what a resident typed: " + string.Join("\n", leaks.Select(e => e.AllText)));
    }

    [Fact]
    public async Task ConsoleLog_OutsideDevelopment_IsJsonWithScopes()
    {
        await using var app = new OperationsApp("Production");
        using (app.CreateClient())
        {
        }

        Assert.Equal(ConsoleFormatterNames.Json, app.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName);
        var json = app.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue;
        Assert.True(json.IncludeScopes);
        Assert.True(json.UseUtcTimestamp);
    }

    [GeneratedRegex("[0-9a-f]{32}")]
    private static partial Regex TraceId();
}
