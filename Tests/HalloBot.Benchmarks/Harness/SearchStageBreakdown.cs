using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using HalloBot.Benchmarks.Queries;
using HalloBot.Search.Contract;
using HalloBot.Web.Features.Api;
using HalloBot.Web.Features.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HalloBot.Benchmarks.Harness;

/// <summary>
/// The steps of <c>/api/v1/search</c> called one by one, as the controller calls them, with the wall time and the
/// bytes allocated of each: reading the parameters, the index, the opening status of each hit, the response object
/// and its JSON. What the request took beyond their sum is the pipeline around them (middleware, routing, MVC's
/// binding and filters, the in-memory server).
/// </summary>
public sealed class SearchStageBreakdown(IServiceProvider services)
{
    private static readonly string[] Stages = ["read parameters", "index", "opening status", "response object", "json"];

    private readonly double[] _milliseconds = new double[Stages.Length];
    private readonly long[] _bytes = new long[Stages.Length];
    private int _count;

    public async Task RunAsync(IReadOnlyList<BenchmarkQuery> queries)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var index = services.GetRequiredService<ISearchIndex>();
        var search = services.GetRequiredService<IndexedSearchService>();
        var json = services.GetRequiredService<IOptions<Microsoft.AspNetCore.Mvc.JsonOptions>>().Value.JsonSerializerOptions;
        foreach (var query in queries)
        {
            await using var scope = services.CreateAsyncScope();
            var reader = scope.ServiceProvider.GetRequiredService<SearchRequestReader>();
            var parameters = ParametersOf(query);

            var started = Start();
            var request = await reader.ReadAsync(parameters, CancellationToken.None);
            Stop(0, started);
            if (!request.IsValid)
            {
                continue;
            }

            var now = DateTimeOffset.UtcNow;
            started = Start();
            var result = await index.SearchAsync(request.State.ToQuery(now), CancellationToken.None);
            Stop(1, started);

            started = Start();
            var statusAt = request.State.StatusInstant(now);
            var hits = search.WithStates(result.Hits, statusAt);
            Stop(2, started);

            started = Start();
            var response = SearchApiResponse.From(new IndexedSearchOutcome(result, hits), request.State, "http://localhost/");
            Stop(3, started);

            started = Start();
            JsonSerializer.SerializeToUtf8Bytes(response, json);
            Stop(4, started);
            _count++;
        }
    }

    public IEnumerable<string> Report()
    {
        for (var i = 0; i < Stages.Length; i++)
        {
            yield return string.Create(
                CultureInfo.InvariantCulture,
                $"  {Stages[i],-20} mean={_milliseconds[i] / Math.Max(1, _count),8:0.000} ms  alloc={_bytes[i] / 1024.0 / Math.Max(1, _count),7:0.0} KB/op");
        }

        yield return string.Create(
            CultureInfo.InvariantCulture,
            $"  {"sum",-20} mean={_milliseconds.Sum() / Math.Max(1, _count),8:0.000} ms  alloc={_bytes.Sum() / 1024.0 / Math.Max(1, _count),7:0.0} KB/op");
    }

    private static (long Timestamp, long Bytes) Start() => (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());

    // The stages run synchronously on this thread (the index answers with a completed task), so the thread's
    // allocation counter is theirs alone.
    private void Stop(int stage, (long Timestamp, long Bytes) started)
    {
        _milliseconds[stage] += Stopwatch.GetElapsedTime(started.Timestamp).TotalMilliseconds;
        _bytes[stage] += GC.GetAllocatedBytesForCurrentThread() - started.Bytes;
    }

    private static SearchParameters ParametersOf(BenchmarkQuery query) => new()
    {
        Text = query.Text,
        Categories = query.Categories.Count == 0 ? null : [.. query.Categories],
        Districts = query.Districts.Count == 0 ? null : [.. query.Districts],
        Features = query.Features.Count == 0 ? null : [.. query.Features],
        OpenAtText = query.OpenAt?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        // Rounded as BenchmarkQuery.ToUrl writes them, so that the index sees the same search as through the API.
        Latitude = query.Near is { } near ? Math.Round(near.Latitude, 5) : null,
        Longitude = query.Near is { } point ? Math.Round(point.Longitude, 5) : null,
        Radius = query.RadiusKm is { } radius ? Math.Round(radius, 2) : null,
        SortText = query.Sort?.ToString().ToLowerInvariant(),
        PageNumber = query.Page == 1 ? null : query.Page,
    };
}
