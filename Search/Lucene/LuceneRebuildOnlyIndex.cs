using HalloBot.Search.Analysis;
using HalloBot.Search.Contract;

namespace HalloBot.Search.Lucene;

/// <summary>
/// The embedded index as a command-line process sees it (<c>reindex</c> beside the running site): it can only build a
/// new generation and move the pointer. The current generation's writer is the site's; the site notices the move,
/// switches and applies what it wrote meanwhile. Everything else is refused.
/// </summary>
public sealed class LuceneRebuildOnlyIndex(string indexFolder, GermanTextAnalysis analysis) : ISearchIndex
{
    private readonly string _root = Path.GetFullPath(indexFolder);

    public Task RebuildAsync(IAsyncEnumerable<SearchDocument> documents, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return GenerationBuilder.BuildAsync(_root, analysis, documents, progress, cancellationToken);
    }

    public Task UpsertAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken) => throw RebuildOnly();

    public Task DeleteAsync(IReadOnlyCollection<int> listingIds, CancellationToken cancellationToken) => throw RebuildOnly();

    public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken) => throw RebuildOnly();

    public Task<IReadOnlyList<Suggestion>> SuggestAsync(string prefix, int max, CancellationToken cancellationToken) => throw RebuildOnly();

    public Task<long> CountAsync(CancellationToken cancellationToken) => throw RebuildOnly();

    private static InvalidOperationException RebuildOnly() =>
        new("This process opened the search index for a rebuild only; the site's process reads and writes it.");
}
