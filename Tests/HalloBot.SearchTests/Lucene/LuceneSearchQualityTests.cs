using HalloBot.Search.Contract;
using HalloBot.SearchTests.Quality;
using Xunit.Abstractions;

namespace HalloBot.SearchTests.Lucene;

public sealed class LuceneSearchQualityTests(ITestOutputHelper output) : SearchQualityTests(output), IDisposable
{
    private readonly LuceneTestIndexes _indexes = new();

    protected override Task<ISearchIndex> CreateIndexAsync() => Task.FromResult<ISearchIndex>(_indexes.Create());

    public void Dispose() => _indexes.Dispose();
}
