using System.Diagnostics;
using HalloBot.Search.Contract;

namespace HalloBot.Web.Infrastructure.Telemetry;

/// <summary>
/// Times searches and suggestions of whichever index is registered, and opens a span for each. What a resident
/// searched for is not recorded: search words can be personal.
/// </summary>
internal sealed class InstrumentedSearchIndex(ISearchIndex inner, HalloBotTelemetry telemetry) : ISearchIndex, IAsyncDisposable, IDisposable
{
    public ISearchIndex Inner => inner;

    public Task UpsertAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken) =>
        inner.UpsertAsync(documents, cancellationToken);

    public Task DeleteAsync(IReadOnlyCollection<int> listingIds, CancellationToken cancellationToken) =>
        inner.DeleteAsync(listingIds, cancellationToken);

    public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
        MeasureAsync("search", () => inner.SearchAsync(query, cancellationToken));

    public Task<IReadOnlyList<Suggestion>> SuggestAsync(string prefix, int max, CancellationToken cancellationToken) =>
        MeasureAsync("suggest", () => inner.SuggestAsync(prefix, max, cancellationToken));

    public Task<long> CountAsync(CancellationToken cancellationToken) => inner.CountAsync(cancellationToken);

    public Task RebuildAsync(IAsyncEnumerable<SearchDocument> documents, IProgress<int>? progress, CancellationToken cancellationToken) =>
        inner.RebuildAsync(documents, progress, cancellationToken);

    private async Task<T> MeasureAsync<T>(string operation, Func<Task<T>> call)
    {
        using var activity = HalloBotTelemetry.ActivitySource.StartActivity($"search.{operation}", ActivityKind.Internal);
        var started = Stopwatch.GetTimestamp();
        var outcome = "error";
        try
        {
            var result = await call();
            outcome = "ok";
            return result;
        }
        finally
        {
            telemetry.SearchDuration.Record(
                Stopwatch.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>("operation", operation),
                new KeyValuePair<string, object?>("outcome", outcome));
            activity?.SetStatus(outcome == "ok" ? ActivityStatusCode.Ok : ActivityStatusCode.Error);
        }
    }

    // The container disposes what it created: this wrapper. The index behind it holds files or connections.
    public async ValueTask DisposeAsync()
    {
        switch (inner)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();
}
