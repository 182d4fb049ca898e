using HalloBot.Domain.OpeningHours;
using HalloBot.Search.Analysis;
using HalloBot.Search.Contract;
using HalloBot.Search.Lucene;
using HalloBot.SearchTests.Contract;

namespace HalloBot.SearchTests.Lucene;

/// <summary>The contract suite against the embedded Lucene index, each test on its own temporary folder.</summary>
public sealed class LuceneSearchIndexContractTests : SearchIndexContractTests, IDisposable
{
    private readonly LuceneTestIndexes _indexes = new();

    protected override Task<ISearchIndex> CreateIndexAsync() => Task.FromResult<ISearchIndex>(_indexes.Create());

    public void Dispose() => _indexes.Dispose();
}

/// <summary>Creates Lucene indexes in temporary folders and removes them afterwards.</summary>
public sealed class LuceneTestIndexes : IDisposable
{
    private static readonly Lazy<SynonymList> Synonyms = new(() =>
        SynonymList.Load(SearchExtensionsPaths.SynonymsFile, GermanTextAnalysis.Default));

    private readonly List<(LuceneSearchIndex Index, string Folder)> _created = [];

    public const int ResultCacheSize = 100;

    public static SynonymList SynonymList => Synonyms.Value;

    public LuceneSearchIndex Create() => Create(Path.Combine(Path.GetTempPath(), "hallobot-search-" + Guid.NewGuid().ToString("N")));

    public LuceneSearchIndex Create(string folder)
    {
        // With a result cache as the site has one: every test also checks that a change is never answered from it.
        var index = new LuceneSearchIndex(folder, OpeningHoursCalendar.Bottrop, GermanTextAnalysis.Default, Synonyms.Value, ResultCacheSize);
        _created.Add((index, folder));
        return index;
    }

    public void Dispose()
    {
        foreach (var (index, folder) in _created)
        {
            index.Dispose();
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}

internal static class SearchExtensionsPaths
{
    /// <summary>The office's synonym list as shipped (copied beside the test assembly by the search project).</summary>
    public static string SynonymsFile => HalloBot.Search.SearchExtensions.DefaultSynonymsFile;
}
