using HalloBot.Domain.OpeningHours;
using HalloBot.Search;
using HalloBot.Search.Analysis;
using HalloBot.Search.Contract;
using HalloBot.Search.Elasticsearch;
using HalloBot.SearchTests.Quality;
using Xunit.Abstractions;

namespace HalloBot.SearchTests.Elasticsearch;

/// <summary>
/// The judged query set against a real cluster at <c>HALLOBOT_TEST_ELASTICSEARCH_URL</c>, with its own alias deleted
/// afterwards; skipped when the variable is not set, like the contract suite.
/// </summary>
public sealed class ElasticsearchSearchQualityTests(ITestOutputHelper output) : SearchQualityTests(output), IAsyncLifetime
{
    private readonly List<ElasticsearchSearchIndex> _created = [];

    protected override Task<ISearchIndex> CreateIndexAsync()
    {
        var url = Environment.GetEnvironmentVariable(ElasticsearchSearchIndexContractTests.UrlVariable);
        Skip.If(string.IsNullOrWhiteSpace(url), $"{ElasticsearchSearchIndexContractTests.UrlVariable} is not set: no Elasticsearch cluster to test against.");

        var index = new ElasticsearchSearchIndex(
            new ElasticsearchOptions
            {
                Url = new Uri(url!),
                ApiKey = Environment.GetEnvironmentVariable(ElasticsearchSearchIndexContractTests.ApiKeyVariable),
                IndexAlias = "hallobot-test-" + Guid.NewGuid().ToString("N")[..12],
            },
            OpeningHoursCalendar.Bottrop,
            GermanTextAnalysis.Default,
            SearchExtensions.DefaultSynonymsFile);
        _created.Add(index);
        return Task.FromResult<ISearchIndex>(index);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var index in _created)
        {
            await index.DeleteAllIndexesAsync(CancellationToken.None);
            index.Dispose();
        }
    }
}
