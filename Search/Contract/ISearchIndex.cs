namespace HalloBot.Search.Contract;

/// <summary>
/// The search index behind one contract: the embedded Lucene.NET index or an Elasticsearch cluster.
/// The database is the truth; the index holds derived <see cref="SearchDocument"/>s and can be rebuilt at any time.
/// Both implementations pass the same contract test suite.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Adds or replaces the documents (by <see cref="SearchDocument.ListingId"/>). Idempotent.</summary>
    Task UpsertAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken);

    /// <summary>Removes the documents of these listings; ids not in the index are ignored. Idempotent.</summary>
    Task DeleteAsync(IReadOnlyCollection<int> listingIds, CancellationToken cancellationToken);

    Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    /// <summary>At most <paramref name="max"/> completions for what a resident has typed so far.</summary>
    Task<IReadOnlyList<Suggestion>> SuggestAsync(string prefix, int max, CancellationToken cancellationToken);

    /// <summary>Number of documents (for the staff page and the consistency checks).</summary>
    Task<long> CountAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Builds a complete new index from <paramref name="documents"/> beside the current one and switches to it
    /// only when it is complete; searches keep being answered from the old index meanwhile.
    /// </summary>
    Task RebuildAsync(IAsyncEnumerable<SearchDocument> documents, IProgress<int>? progress, CancellationToken cancellationToken);
}
