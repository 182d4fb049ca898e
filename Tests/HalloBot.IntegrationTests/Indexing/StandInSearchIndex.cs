using System.Collections.Concurrent;
using HalloBot.Search.Contract;

namespace HalloBot.IntegrationTests.Indexing;

/// <summary>
/// Stands in for the Lucene index until that is merged: documents by id, text matched on the name,
/// category and district filters by slug. Only what the indexing tests ask of an index.
/// </summary>
public sealed class StandInSearchIndex : ISearchIndex
{
    private ConcurrentDictionary<int, SearchDocument> _documents = new();

    public Task UpsertAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken)
    {
        foreach (var document in documents)
        {
            _documents[document.ListingId] = document;
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(IReadOnlyCollection<int> listingIds, CancellationToken cancellationToken)
    {
        foreach (var id in listingIds)
        {
            _documents.TryRemove(id, out _);
        }

        return Task.CompletedTask;
    }

    public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var hits = _documents.Values
            .Where(d => string.IsNullOrEmpty(query.Text) || d.Name.Contains(query.Text, StringComparison.OrdinalIgnoreCase))
            .Where(d => query.Categories.Count == 0 || d.Categories.Any(c => query.Categories.Contains(c.Slug)))
            .Where(d => query.Districts.Count == 0 || (d.District is { } district && query.Districts.Contains(district.Slug)))
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .Select(d => new SearchHit(d.ListingId, d.Slug, 1, null, null))
            .ToList();
        return Task.FromResult(new SearchResult(hits.Count, hits, SearchFacets.Empty, null));
    }

    public Task<IReadOnlyList<Suggestion>> SuggestAsync(string prefix, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Suggestion>>([]);

    public Task<long> CountAsync(CancellationToken cancellationToken) => Task.FromResult((long)_documents.Count);

    public async Task RebuildAsync(IAsyncEnumerable<SearchDocument> documents, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var rebuilt = new ConcurrentDictionary<int, SearchDocument>();
        await foreach (var document in documents.WithCancellation(cancellationToken))
        {
            rebuilt[document.ListingId] = document;
            progress?.Report(rebuilt.Count);
        }

        _documents = rebuilt;
    }
}
