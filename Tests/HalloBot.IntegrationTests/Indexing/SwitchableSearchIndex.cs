using HalloBot.Search.Contract;

namespace HalloBot.IntegrationTests.Indexing;

/// <summary>
/// A fault injector over the real index: while <see cref="IsDown"/>, every call fails as an unreachable backend would.
/// Owns the index it wraps, so that stopping the site releases it (a restarted site opens the same folder).
/// </summary>
public sealed class SwitchableSearchIndex(ISearchIndex inner) : ISearchIndex, IAsyncDisposable, IDisposable
{
    private volatile bool _isDown;

    public bool IsDown
    {
        get => _isDown;
        set => _isDown = value;
    }

    private int _failedCalls;

    public int FailedCalls => _failedCalls;

    public Task UpsertAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken) =>
        Guard(() => inner.UpsertAsync(documents, cancellationToken));

    public Task DeleteAsync(IReadOnlyCollection<int> listingIds, CancellationToken cancellationToken) =>
        Guard(() => inner.DeleteAsync(listingIds, cancellationToken));

    public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
        Guard(() => inner.SearchAsync(query, cancellationToken));

    public Task<IReadOnlyList<Suggestion>> SuggestAsync(string prefix, int max, CancellationToken cancellationToken) =>
        Guard(() => inner.SuggestAsync(prefix, max, cancellationToken));

    public Task<long> CountAsync(CancellationToken cancellationToken) =>
        Guard(() => inner.CountAsync(cancellationToken));

    public Task RebuildAsync(IAsyncEnumerable<SearchDocument> documents, IProgress<int>? progress, CancellationToken cancellationToken) =>
        Guard(() => inner.RebuildAsync(documents, progress, cancellationToken));

    private T Guard<T>(Func<T> call)
    {
        if (_isDown)
        {
            Interlocked.Increment(ref _failedCalls);
            throw new IOException("The search index is down (switched off by the test).");
        }

        return call();
    }

    private int _disposed;

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <remarks>Once only: the container holds this instance under two service types.</remarks>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

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
}
