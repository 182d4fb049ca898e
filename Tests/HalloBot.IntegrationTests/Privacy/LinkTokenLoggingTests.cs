using System.Diagnostics;
using HalloBot.IntegrationTests.Operations;
using HalloBot.Web.Infrastructure.Telemetry;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace HalloBot.IntegrationTests.Privacy;

/// <summary>
/// The private links (reservation, invitation, unsubscribe, account confirmation) are secrets: whoever reads the log
/// or the traces must not be able to open them. Lines and spans name the route template instead.
/// </summary>
public sealed class LinkTokenLoggingTests
{
    private const string ReservationToken = "Rz7kQ2mXw9vLp4TtYb8NcD1fHs6JuA3eGo5iKl0WqEx";
    private const string InvitationToken = "Iv3nT8kQ2mXw9vLp4TtYb8NcD1fHs6JuA3eGo5iKl0Wq";
    private const string UnsubscribeToken = "CfDJ8UnsubscribeTokenAbc123Def456Ghi789Jkl012";
    private const string ConfirmCode = "Q29uZmlybWF0aW9uQ29kZUZvckhlbnJpa2U";
    private const string MemberId = "3f2a9c71-5b4e-4d2a-9f1e-aa55cc77ee99";

    private static readonly Dictionary<string, string> EverythingAtInformation = new()
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
    };

    [Fact]
    public async Task LogAndSpans_ReservationAndInvitationLinks_CarryTheRouteTemplateAndNoToken()
    {
        var spans = new List<Activity>();
        await using var app = new TracedApp(spans);
        using var client = app.CreateClient();

        (await client.GetAsync(new Uri($"/reservierung/{ReservationToken}", UriKind.Relative))).Dispose();
        (await client.GetAsync(new Uri($"/einladung/{InvitationToken}", UriKind.Relative))).Dispose();
        (await client.GetAsync(new Uri($"/mail/abbestellen/{UnsubscribeToken}", UriKind.Relative))).Dispose();
        (await client.GetAsync(new Uri($"/konto/bestaetigen?userId={MemberId}&code={ConfirmCode}", UriKind.Relative))).Dispose();
        // A path no route matches loses its long segments.
        (await client.GetAsync(new Uri($"/reservierung/{ReservationToken}/gibt-es-nicht/x", UriKind.Relative))).Dispose();
        app.Services.GetRequiredService<TracerProvider>().ForceFlush();

        var entries = app.Log.Entries;
        Assert.Contains(entries, e => e.Scopes.GetValueOrDefault("RequestPath") == "/reservierung/{token}");
        Assert.Contains(entries, e => e.Scopes.GetValueOrDefault("RequestPath") == "/einladung/{token}");
        Assert.All(entries.Where(e => e.Scopes.ContainsKey("RequestPath")), e => Assert.False(string.IsNullOrEmpty(e.Scopes.GetValueOrDefault("RequestId"))));
        var secrets = new[] { ReservationToken, InvitationToken, UnsubscribeToken, ConfirmCode, MemberId };
        var leaks = entries.Where(e => secrets.Any(s => e.AllText.Contains(s, StringComparison.Ordinal))).ToList();
        Assert.True(leaks.Count == 0, "Logged a link's secret: " + string.Join("\n", leaks.Select(e => e.AllText)));

        List<Activity> requests;
        lock (spans)
        {
            requests = spans.Where(s => s.Kind == ActivityKind.Server).ToList();
        }

        Assert.Contains(requests, s => (string?)s.GetTagItem("url.path") == "/reservierung/{token}");
        Assert.Contains(requests, s => (string?)s.GetTagItem("url.path") == "/einladung/{token}");
        Assert.Contains(requests, s => (string?)s.GetTagItem("url.path") == "/reservierung/{redacted}/gibt-es-nicht/x");
        var traced = requests.SelectMany(s => s.TagObjects.Select(t => $"{t.Key}={t.Value}").Append(s.DisplayName)).ToList();
        var spanLeaks = traced.Where(t => secrets.Any(s => t.Contains(s, StringComparison.Ordinal))).ToList();
        Assert.True(spanLeaks.Count == 0, "Traced a link's secret: " + string.Join("\n", spanLeaks));
    }

    [Theory]
    [InlineData("/b/baeckerei-anton", "/b/baeckerei-anton")]
    [InlineData("/reservierung/Rz7kQ2mXw9vLp4TtYb8NcD1fHs6JuA3eGo5iKl0WqEx", "/reservierung/{redacted}")]
    [InlineData("", "/")]
    public void Redact_Path_KeepsShortSegmentsOnly(string path, string expected) =>
        Assert.Equal(expected, RequestPaths.Redact(path));

    private sealed class TracedApp(List<Activity> spans) : OperationsApp(settings: EverythingAtInformation)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans)));
        }
    }
}
