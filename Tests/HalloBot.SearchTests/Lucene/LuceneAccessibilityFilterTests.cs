using HalloBot.Search.Contract;
using static HalloBot.SearchTests.Contract.ContractDocuments;

namespace HalloBot.SearchTests.Lucene;

/// <summary>"Rollstuhlgerecht" and the other accessibility facts as filters of the embedded index.</summary>
public sealed class LuceneAccessibilityFilterTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly LuceneTestIndexes _indexes = new();

    public void Dispose() => _indexes.Dispose();

    private async Task<ISearchIndex> IndexAsync()
    {
        var index = _indexes.Create();
        await index.UpsertAsync(
        [
            Document(1, "Bäckerei Overbeck", [Baeckerei]) with { Wheelchair = "yes", Accessibility = ["wheelchair_toilet", "seating"] },
            Document(2, "Backstube Terhorst", [Baeckerei]) with { Wheelchair = "limited", Accessibility = ["seating"] },
            Document(3, "Café am Kirchplatz", [Cafe]) with { Wheelchair = "no", Accessibility = ["hearing_loop"] },
            Document(4, "Stadt-Apotheke", [Apotheke]),
        ], None);
        return index;
    }

    private static async Task<int[]> IdsAsync(ISearchIndex index, SearchQuery query) =>
        [.. (await index.SearchAsync(query, None)).Hits.Select(h => h.ListingId).Order()];

    private static async Task AssertIdsAsync(ISearchIndex index, SearchQuery query, params int[] expected) =>
        Assert.Equal(expected, await IdsAsync(index, query));

    [Theory]
    [InlineData(new[] { "yes" }, new[] { 1 })]
    [InlineData(new[] { "yes", "limited" }, new[] { 1, 2 })]
    [InlineData(new[] { "NO" }, new[] { 3 })]
    public async Task Search_Wheelchair_AnyOfTheValues(string[] values, int[] expected)
    {
        Assert.Equal(expected, await IdsAsync(await IndexAsync(), new SearchQuery { Wheelchair = values }));
    }

    [Fact]
    public async Task Search_Facts_RequireEveryFact()
    {
        var index = await IndexAsync();

        await AssertIdsAsync(index, new SearchQuery { Accessibility = ["seating"] }, 1, 2);
        await AssertIdsAsync(index, new SearchQuery { Accessibility = ["seating", "wheelchair_toilet"] }, 1);
        await AssertIdsAsync(index, new SearchQuery { Wheelchair = ["limited"], Accessibility = ["seating"] }, 2);
    }

    [Fact]
    public async Task Search_TextAndWheelchair_CombinesBoth()
    {
        var index = await IndexAsync();

        await AssertIdsAsync(index, new SearchQuery { Text = "bäckerei" }, 1, 2);
        await AssertIdsAsync(index, new SearchQuery { Text = "bäckerei", Wheelchair = ["limited"] }, 2);
    }

    [Fact]
    public async Task Search_SameQueryDifferentFilter_NotAnsweredFromTheCacheOfTheOther()
    {
        var index = await IndexAsync();

        await AssertIdsAsync(index, new SearchQuery { Wheelchair = ["yes"] }, 1);
        await AssertIdsAsync(index, new SearchQuery { Wheelchair = ["no"] }, 3);
        await AssertIdsAsync(index, new SearchQuery(), 1, 2, 3, 4);
    }
}
