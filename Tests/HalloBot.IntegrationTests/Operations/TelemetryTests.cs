using System.Diagnostics;
using Hangfire;
using HalloBot.Web.Infrastructure.Telemetry;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace HalloBot.IntegrationTests.Operations;

/// <summary>
/// OpenTelemetry listens to meters by name across the whole process: a gauge of another test's host, alive at the
/// same time, would be exported beside this host's. These tests therefore run alone, after the parallel ones.
/// </summary>
[CollectionDefinition(nameof(ProcessWideTelemetry), DisableParallelization = true)]
public sealed class ProcessWideTelemetry;

/// <summary>What the site hands to OpenTelemetry, read through the in-memory exporter instead of a collector.</summary>
[Collection(nameof(ProcessWideTelemetry))]
public sealed class TelemetryTests : IAsyncDisposable
{
    private readonly List<MetricSnapshot> _metrics = [];
    private readonly List<Activity> _spans = [];
    private readonly TelemetryApp _app;

    public TelemetryTests() => _app = new TelemetryApp(_metrics, _spans);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task SearchRequest_Api_RecordsSearchLatencyAndARequestSpanAroundTheSearchSpan()
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/v1/search?q=b%C3%A4ckerei", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        Flush();

        var searches = Points(HalloBotTelemetry.SearchDurationInstrument)
            .Where(p => Tag(p, "operation") == "search" && Tag(p, "outcome") == "ok")
            .ToList();
        Assert.NotEmpty(searches);
        Assert.True(searches.Sum(p => p.GetHistogramCount()) >= 1);

        var request = Assert.Single(Spans(), s => s.Kind == ActivityKind.Server && (string?)s.GetTagItem("url.path") == "/api/v1/search");
        Assert.Equal("api/v1/search", request.GetTagItem("http.route"));
        Assert.Contains(Spans(), s => s.OperationName == "search.search" && s.TraceId == request.TraceId && s.ParentSpanId == request.SpanId);
        // Search words can be personal: the span has the route, not the query's words.
        Assert.DoesNotContain("ckerei", string.Join(" ", request.TagObjects.Select(t => t.Value?.ToString())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_AnyPage_RecordRequestDurationAndJobQueueGauges()
    {
        using var client = _app.CreateClient();
        (await client.GetAsync(new Uri("/", UriKind.Relative))).Dispose();
        (await client.GetAsync(new Uri("/suche?q=kiosk", UriKind.Relative))).Dispose();
        // Three rows waiting for their retry: handed over just now after five attempts, the relay leaves them for
        // 16 minutes of the (stopped) test clock, so the gauge must count exactly them.
        var now = _app.Clock.GetUtcNow().UtcDateTime;
        for (var id = 1; id <= 3; id++)
        {
            await _app.QueryAsync(db => db.Database.ExecuteSqlAsync(
                $"INSERT INTO OutboxMessages (Kind, EntityId, CreatedAt, HandedOverAt, Attempts) VALUES ('SendMail', {100 + id}, {now}, {now}, 5)"));
        }

        Flush();

        Assert.Contains(Points("http.server.request.duration"), p => Tag(p, "http.route") == "suche");
        Assert.Contains(Points(HalloBotTelemetry.SearchDurationInstrument), p => Tag(p, "operation") == "search");
        Assert.Equal(3, Points(HalloBotTelemetry.OutboxPendingInstrument).Single().GetGaugeLastValueLong());
        Assert.Equal(0, Points(HalloBotTelemetry.JobsFailedInstrument).Single().GetGaugeLastValueLong());
        Assert.NotEmpty(Points(HalloBotTelemetry.JobsEnqueuedInstrument));
    }

    [Fact]
    public async Task FailedJobs_AJobFailsForGood_RaisesTheFailedJobsGauge()
    {
        using (_app.CreateClient())
        {
        }

        Flush();
        Assert.Equal(0, Points(HalloBotTelemetry.JobsFailedInstrument).Single().GetGaugeLastValueLong());

        _app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<AlwaysFailingJob>(j => j.Run());
        var storage = _app.Services.GetRequiredService<JobStorage>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (storage.GetMonitoringApi().FailedCount() == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Flush();
        Assert.Equal(1, Points(HalloBotTelemetry.JobsFailedInstrument).Single().GetGaugeLastValueLong());
    }

    [Fact]
    public async Task HealthProbe_Ready_IsNotTraced()
    {
        using var client = _app.CreateClient();
        (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).Dispose();
        (await client.GetAsync(new Uri("/", UriKind.Relative))).Dispose();
        Flush();

        Assert.Contains(Spans(), s => s.Kind == ActivityKind.Server && (string?)s.GetTagItem("url.path") == "/");
        Assert.DoesNotContain(Spans(), s => ((string?)s.GetTagItem("url.path"))?.StartsWith("/health", StringComparison.Ordinal) == true);
    }

    private void Flush()
    {
        _app.Services.GetRequiredService<MeterProvider>().ForceFlush();
        _app.Services.GetRequiredService<TracerProvider>().ForceFlush();
    }

    private List<Activity> Spans()
    {
        lock (_spans)
        {
            // Other test hosts in this process are traced by the same listener: keep this host's requests only.
            return _spans.Where(s => s.Source.Name == HalloBotTelemetry.Name || s.Kind == ActivityKind.Server).ToList();
        }
    }

    private List<MetricPoint> Points(string instrument)
    {
        lock (_metrics)
        {
            // The latest export holds the cumulative state of each instrument.
            var latest = _metrics.LastOrDefault(m => m.Name == instrument)
                ?? throw new Xunit.Sdk.XunitException($"No metric {instrument} was exported; exported: {string.Join(", ", _metrics.Select(m => m.Name).Distinct())}.");
            return [.. latest.MetricPoints];
        }
    }

    private static string? Tag(MetricPoint point, string name)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == name)
            {
                return tag.Value?.ToString();
            }
        }

        return null;
    }

    /// <summary>Fails at once and is not retried: lands in Hangfire's failed state.</summary>
    public sealed class AlwaysFailingJob
    {
        [AutomaticRetry(Attempts = 0)]
        public void Run() => throw new InvalidOperationException("A job failure for the test.");
    }

    private sealed class TelemetryApp(List<MetricSnapshot> metrics, List<Activity> spans) : OperationsApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics));
                services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans));
            });
        }
    }
}
