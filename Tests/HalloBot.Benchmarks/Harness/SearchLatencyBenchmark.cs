using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text.Json;
using HalloBot.Benchmarks.Queries;
using HalloBot.Search.Contract;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.Benchmarks.Harness;

/// <summary>
/// The in-process latency distribution of <c>/api/v1/search</c> and <c>/api/v1/suggest</c>: one request at a time
/// after a warm-up with other queries, then the same queries against the registered <see cref="ISearchIndex"/>
/// alone, which shows how much of the time is the index and how much the database, MVC and JSON.
/// </summary>
public sealed class SearchLatencyBenchmark(LatencyOptions options, TextWriter output)
{
    public async Task<int> RunAsync()
    {
        var generator = new QueryGenerator(options.Seed);
        var queries = generator.Searches(options.Queries).ToList();
        var prefixes = generator.SuggestPrefixes(options.Prefixes).ToList();
        var warmUp = new QueryGenerator(options.Seed + 1000);
        var warmUpQueries = warmUp.Searches(options.WarmUp).ToList();
        var warmUpPrefixes = warmUp.SuggestPrefixes(options.WarmUp / 2).ToList();

        if (typeof(Program).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true)
        {
            await output.WriteLineAsync("WARNING: the site is a Debug build; these figures do not count (dotnet run -c Release).");
        }

        await using var site = new InProcessSite(options.DataDirectory, options.ResultCacheSize);
        await output.WriteLineAsync($"result cache: {(options.ResultCacheSize is { } size ? size.ToString(CultureInfo.InvariantCulture) : "the site's setting")}");
        using var client = site.CreateClient();
        await site.WaitForIndexingAsync(output, TimeSpan.FromMinutes(15));
        var index = site.Services.GetService<ISearchIndex>();
        if (index is not null)
        {
            await output.WriteLineAsync($"index: {index.GetType().Name}, {await index.CountAsync(CancellationToken.None)} documents");
        }

        var probe = await client.GetAsync(new Uri("/api/v1/search?q=b%C3%A4ckerei", UriKind.Relative));
        if (probe.StatusCode != HttpStatusCode.OK)
        {
            await output.WriteLineAsync($"/api/v1/search answers {(int)probe.StatusCode}: is the search API in this build?");
            return 2;
        }

        var failures = new List<string>();
        var zeroHits = 0;
        async Task Search(BenchmarkQuery query, bool record)
        {
            using var response = await client.GetAsync(new Uri(query.ToUrl(), UriKind.Relative));
            var body = await response.Content.ReadAsByteArrayAsync();
            if (!record)
            {
                return;
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{(int)response.StatusCode} {query.ToUrl()}");
            }
            else if (TotalOf(body) == 0)
            {
                zeroHits++;
            }
        }

        async Task Suggest(string prefix, bool record)
        {
            var url = "/api/v1/suggest?q=" + Uri.EscapeDataString(prefix);
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            await response.Content.ReadAsByteArrayAsync();
            if (record && response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{(int)response.StatusCode} {url}");
            }
        }

        await output.WriteLineAsync($"warm-up: {warmUpQueries.Count} other searches, {warmUpPrefixes.Count} other prefixes");
        foreach (var query in warmUpQueries)
        {
            await Search(query, record: false);
            if (index is not null)
            {
                await index.SearchAsync(query.ToSearchQuery(), CancellationToken.None);
            }
        }

        foreach (var prefix in warmUpPrefixes)
        {
            await Suggest(prefix, record: false);
        }

        CollectGarbage();
        var api = new LatencyRecorder();
        await api.RunAsync(queries, q => q.Kind, q => Search(q, record: true));

        // The same queries again: with the result cache on, the index now answers each from it, so what remains is
        // the cost of the request outside the index.
        CollectGarbage();
        var apiAgain = new LatencyRecorder();
        var again = Enumerable.Repeat(queries, options.AgainPasses).SelectMany(q => q).ToList();
        await apiAgain.RunAsync(again, q => q.Kind, q => Search(q, record: false));

        CollectGarbage();
        var stages = new SearchStageBreakdown(site.Services);
        await stages.RunAsync(queries);

        CollectGarbage();
        var indexAlone = new LatencyRecorder();
        if (index is not null)
        {
            await indexAlone.RunAsync(queries, q => q.Kind, q => index.SearchAsync(q.ToSearchQuery(), CancellationToken.None));
        }

        CollectGarbage();
        var suggest = new LatencyRecorder();
        await suggest.RunAsync(prefixes, _ => "suggest", p => Suggest(p, record: true));

        var suggestAlone = new LatencyRecorder();
        if (index is not null)
        {
            await suggestAlone.RunAsync(prefixes, _ => "suggest", p => index.SuggestAsync(p, 8, CancellationToken.None));
        }

        await ReportAsync(api, apiAgain, indexAlone, stages, suggest, suggestAlone, zeroHits, queries.Count);
        foreach (var failure in failures.Take(20))
        {
            await output.WriteLineAsync($"FAILED {failure}");
        }

        return failures.Count == 0 ? 0 : 1;
    }

    private async Task ReportAsync(
        LatencyRecorder api, LatencyRecorder apiAgain, LatencyRecorder indexAlone, SearchStageBreakdown stages, LatencyRecorder suggest, LatencyRecorder suggestAlone, int zeroHits, int queries)
    {
        await output.WriteLineAsync();
        await output.WriteLineAsync($"search, /api/v1/search in process ({zeroHits} of {queries} queries found nothing):");
        await output.WriteLineAsync($"  all                  {api.Overall}  alloc={api.AllocatedKbPerOperation:0} KB/op  cpu={api.CpuMsPerOperation:0.000} ms/op  {api.Collections}");
        foreach (var (kind, summary) in api.ByKind)
        {
            await output.WriteLineAsync($"  {kind,-20} {summary}");
        }

        await output.WriteLineAsync("search, /api/v1/search again, same queries (with the result cache on, the index answers from it: the cost outside the index):");
        await output.WriteLineAsync($"  all                  {apiAgain.Overall}  alloc={apiAgain.AllocatedKbPerOperation:0} KB/op  cpu={apiAgain.CpuMsPerOperation:0.000} ms/op  {apiAgain.Collections}");
        if (indexAlone.Overall.Count > 0)
        {
            await output.WriteLineAsync("search, ISearchIndex.SearchAsync alone (same queries; with the result cache on, answered from it):");
            await output.WriteLineAsync($"  all                  {indexAlone.Overall}  alloc={indexAlone.AllocatedKbPerOperation:0} KB/op  cpu={indexAlone.CpuMsPerOperation:0.000} ms/op  {indexAlone.Collections}");
            foreach (var (kind, summary) in indexAlone.ByKind)
            {
                await output.WriteLineAsync($"  {kind,-20} {summary}");
            }

            await output.WriteLineAsync("  slowest against the index alone:");
            foreach (var (milliseconds, query) in indexAlone.Slowest<BenchmarkQuery>(10))
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"    {milliseconds,8:0.000} ms  {query.Kind,-20} {Uri.UnescapeDataString(query.ToUrl())}"));
            }
        }

        await output.WriteLineAsync("search, the steps of /api/v1/search called one by one (same queries; the rest of a request is the pipeline):");
        foreach (var line in stages.Report())
        {
            await output.WriteLineAsync(line);
        }

        await output.WriteLineAsync("suggest, /api/v1/suggest in process:");
        await output.WriteLineAsync($"  all                  {suggest.Overall}  alloc={suggest.AllocatedKbPerOperation:0} KB/op  cpu={suggest.CpuMsPerOperation:0.000} ms/op");
        if (suggestAlone.Overall.Count > 0)
        {
            await output.WriteLineAsync("suggest, ISearchIndex.SuggestAsync alone (same prefixes):");
            await output.WriteLineAsync($"  all                  {suggestAlone.Overall}");
        }

        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"RESULT search_median_ms={api.Overall.MedianMs:0.000} search_p99_ms={api.Overall.P99Ms:0.000} suggest_median_ms={suggest.Overall.MedianMs:0.000}"));
    }

    private static long TotalOf(byte[] body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("total").GetInt64();
    }

    /// <summary>So that one phase does not pay for the garbage of the one before.</summary>
    private static void CollectGarbage()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}

public sealed record LatencyOptions(string DataDirectory, int Queries, int Prefixes, int WarmUp, int Seed)
{
    /// <summary>The Lucene index's result cache size for this run; null leaves the site's setting.</summary>
    public int? ResultCacheSize { get; init; }

    /// <summary>How often the second pass over the same queries runs: more passes give a profiler more to see.</summary>
    public int AgainPasses { get; init; } = 1;
}
