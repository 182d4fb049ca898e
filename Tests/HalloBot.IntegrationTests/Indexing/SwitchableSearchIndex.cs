using HalloBot.Search.Contract;

namespace HalloBot.IntegrationTests.Indexing;

/// <summary>A fault injector over the real index: while <see cref="IsDown"/>, every call fails as an unreachable backend would.</summary>
public sealed class SwitchableSearchIndex(ISearchIndex inner) : ISearchIndex
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
}
