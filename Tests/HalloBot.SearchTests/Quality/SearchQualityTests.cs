using System.Globalization;
using HalloBot.Search.Contract;
using Xunit.Abstractions;

namespace HalloBot.SearchTests.Quality;

/// <summary>
/// Ranking quality on the judged query set, for any backend: nDCG@10 over all queries (reported to the test output)
/// must stay above the floor measured when the set was written, and for the kinds residents rely on most an ideal
/// listing must be among the first three.
/// </summary>
public abstract class SearchQualityTests(ITestOutputHelper output)
{
    /// <summary>The Lucene backend measured 0.996 when the set was written; the floor leaves room for small ranking changes.</summary>
    public const double NdcgFloor = 0.95;

    private static int RankOfFirstIdeal(JudgedQuery query, List<int> ranking)
    {
        var rank = ranking.FindIndex(query.Ideal.Contains);
        return rank + 1;
    }

    private static readonly string[] CriticalKinds = ["plain", "plural", "umlaut", "synonym", "english", "district", "split", "joined"];

    protected abstract Task<ISearchIndex> CreateIndexAsync();

    [SkippableFact]
    public async Task JudgedQueries_NdcgAt10_StaysAboveTheFloor()
    {
        var index = await CreateIndexAsync();
        await index.UpsertAsync(JudgedQuerySet.Listings(), CancellationToken.None);

        var scores = new List<(JudgedQuery Query, double Ndcg, int RankOfIdeal)>();
        foreach (var query in JudgedQuerySet.Queries())
        {
            var result = await index.SearchAsync(new SearchQuery { Text = query.Text, PageSize = 10 }, CancellationToken.None);
            var ranking = result.Hits.Select(h => h.ListingId).ToList();
            var ndcg = JudgedQuerySet.NdcgAt10(query, ranking);
            scores.Add((query, ndcg, RankOfFirstIdeal(query, ranking)));
            if (ndcg < 0.999)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{query.Kind,-8} {query.Text,-24} nDCG {ndcg:0.000}  got [{string.Join(',', ranking)}]  want [{string.Join(',', query.Ideal)}] then [{string.Join(',', query.AlsoRelevant)}]"));
            }
        }

        var mean = scores.Average(s => s.Ndcg);
        foreach (var kind in scores.GroupBy(s => s.Query.Kind))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kind {kind.Key,-8} n={kind.Count(),3} nDCG@10 {kind.Average(s => s.Ndcg):0.000}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"nDCG@10 over {scores.Count} judged queries: {mean:0.000}"));

        var missed = scores
            .Where(s => CriticalKinds.Contains(s.Query.Kind) && s.RankOfIdeal is < 1 or > 3)
            .Select(s => $"{s.Query.Kind}: '{s.Query.Text}' (first ideal listing at rank {s.RankOfIdeal}, 0 = not found)")
            .ToList();
        Assert.True(missed.Count == 0, "Ideal listing not in the top 3:\n" + string.Join('\n', missed));
        Assert.True(mean >= NdcgFloor, $"nDCG@10 {mean:0.000} fell below {NdcgFloor}");
    }
}
