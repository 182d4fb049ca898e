using HalloBot.Domain.OpeningHours;
using HalloBot.Search;
using HalloBot.Search.Analysis;
using HalloBot.Search.Contract;
using HalloBot.Search.Elasticsearch;
using HalloBot.SearchTests.Contract;

namespace HalloBot.SearchTests.Elasticsearch;

/// <summary>
/// The contract suite against a real Elasticsearch cluster at <c>HALLOBOT_TEST_ELASTICSEARCH_URL</c> (optionally
/// <c>HALLOBOT_TEST_ELASTICSEARCH_APIKEY</c>); each test gets its own alias and indexes, deleted afterwards.
/// Skipped when the variable is not set.
/// </summary>
public sealed class ElasticsearchSearchIndexContractTests : SearchIndexContractTests, IAsyncLifetime
{
    public const string UrlVariable = "HALLOBOT_TEST_ELASTICSEARCH_URL";
    public const string ApiKeyVariable = "HALLOBOT_TEST_ELASTICSEARCH_APIKEY";

    private readonly List<(ElasticsearchSearchIndex Index, string Alias)> _created = [];

    protected override Task<ISearchIndex> CreateIndexAsync()
    {
        var url = Environment.GetEnvironmentVariable(UrlVariable);
        Skip.If(string.IsNullOrWhiteSpace(url), $"{UrlVariable} is not set: no Elasticsearch cluster to test against.");

        var alias = "hallobot-test-" + Guid.NewGuid().ToString("N")[..12];
        var index = new ElasticsearchSearchIndex(
            new ElasticsearchOptions { Url = new Uri(url!), ApiKey = Environment.GetEnvironmentVariable(ApiKeyVariable), IndexAlias = alias },
            OpeningHoursCalendar.Bottrop,
            GermanTextAnalysis.Default,
            SearchExtensions.DefaultSynonymsFile);
        _created.Add((index, alias));
        return Task.FromResult<ISearchIndex>(index);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var (index, alias) in _created)
        {
            await index.DeleteAllIndexesAsync(CancellationToken.None);
            index.Dispose();
        }
    }
}
