using HalloBot.Search.Contract;
using HalloBot.Search.Lucene;
using static HalloBot.SearchTests.Contract.ContractDocuments;

namespace HalloBot.SearchTests.Lucene;

public sealed class SearchResultCacheTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly LuceneTestIndexes _indexes = new();

    public void Dispose() => _indexes.Dispose();

    [Fact]
    public void GetOrAdd_SameSearchTwice_RunsItOnce()
    {
        var cache = new SearchResultCache(10);
        var runs = 0;
        SearchResult Run() => new(++runs, [], SearchFacets.Empty, null);

        var first = cache.GetOrAdd(new SearchQuery { Text = "bäckerei", Categories = ["cafe"] }, Run);
        var second = cache.GetOrAdd(new SearchQuery { Text = "bäckerei", Categories = ["cafe"] }, Run);

        Assert.Equal(1, runs);
        Assert.Same(first, second);
    }

    [Fact]
    public void GetOrAdd_Full_DropsTheLeastRecentlyUsed()
    {
        var cache = new SearchResultCache(2);
        var runs = new List<string>();
        SearchResult Run(string text)
        {
            runs.Add(text);
            return new SearchResult(0, [], SearchFacets.Empty, null);
        }

        foreach (var text in new[] { "a", "b", "a", "c", "a", "b" })
        {
            cache.GetOrAdd(new SearchQuery { Text = text }, () => Run(text));
        }

        // "b" was the least recently used when "c" came; "a" stayed because it was asked again.
        Assert.Equal(["a", "b", "c", "b"], runs);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void GetOrAdd_NoCapacity_KeepsNothing()
    {
        var cache = new SearchResultCache(0);
        var runs = 0;

        cache.GetOrAdd(new SearchQuery { Text = "kiosk" }, () => new SearchResult(++runs, [], SearchFacets.Empty, null));
        cache.GetOrAdd(new SearchQuery { Text = "kiosk" }, () => new SearchResult(++runs, [], SearchFacets.Empty, null));

        Assert.Equal(2, runs);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void KeyOf_AnythingThatChangesTheAnswer_GivesAnotherKey()
    {
        var instant = new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.FromHours(2));
        var baseline = new SearchQuery { Text = "kiosk", OpenAt = instant, Near = Altmarkt, RadiusKm = 2 };
        SearchQuery[] variants =
        [
            baseline with { Text = "büdchen" },
            baseline with { Categories = ["kiosk"] },
            baseline with { Districts = ["eigen"] },
            baseline with { Features = ["parking"] },
            baseline with { OpenAt = instant.AddMinutes(1) },
            baseline with { OpenAt = instant.ToOffset(TimeSpan.Zero) },
            baseline with { Near = new(51.5238, 6.9286) },
            baseline with { RadiusKm = 3 },
            baseline with { Sort = SearchSort.Distance },
            baseline with { Page = 2 },
            baseline with { PageSize = 50 },
            baseline with { Categories = ["kiosk", "cafe"] },
        ];

        var keys = variants.Select(SearchResultCache.KeyOf).Append(SearchResultCache.KeyOf(baseline)).ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(SearchResultCache.KeyOf(baseline), SearchResultCache.KeyOf(baseline with { Categories = [] }));
    }

    [Fact]
    public async Task Search_AfterUpsertAndDelete_NeverAnswersFromTheOldReader()
    {
        var index = _indexes.Create();
        await index.UpsertAsync(Standard(), None);
        var query = new SearchQuery { Text = "Apotheke" };
        Assert.Equal(2, (await index.SearchAsync(query, None)).Total);
        Assert.Equal(2, (await index.SearchAsync(query, None)).Total);

        await index.UpsertAsync([Document(7, "Löwen-Apotheke", [Apotheke], Eigen)], None);
        var afterUpsert = await index.SearchAsync(query, None);
        await index.DeleteAsync([4, 5], None);
        var afterDelete = await index.SearchAsync(query, None);

        Assert.Equal(3, afterUpsert.Total);
        Assert.Equal([7], afterDelete.Hits.Select(h => h.ListingId));
    }
}
