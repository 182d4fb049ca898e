using System.Text.Json.Nodes;
using HalloBot.Search.Contract;
using HalloBot.SearchTests.Elasticsearch;
using HalloBot.SearchTests.Lucene;
using static HalloBot.SearchTests.Contract.ContractDocuments;

namespace HalloBot.SearchTests.Offers;

/// <summary>Offers in search: their words find the shop, and "mit Angeboten" filters and counts, in both backends.</summary>
public sealed class OfferSearchTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly LuceneTestIndexes _lucene = new();
    private readonly ElasticsearchHarness _es = new();

    public void Dispose()
    {
        _lucene.Dispose();
        _es.Dispose();
    }

    private static IReadOnlyList<SearchDocument> WithOffers() =>
    [
        .. Standard().Select(d => d.ListingId switch
        {
            1 => d with { Offers = ["Dinkelvollkornbrot", "Frisch aus dem Steinofen, jeden Samstag."] },
            4 => d with { Offers = ["Sonnencreme LSF 50", "Zwei Tuben zum Preis von einer."] },
            _ => d,
        }),
    ];

    [Fact]
    public async Task Search_OfferWord_FindsTheShopWithTheOffer()
    {
        var index = _lucene.Create();
        await index.UpsertAsync(WithOffers(), None);

        var result = await index.SearchAsync(new SearchQuery { Text = "sonnencreme" }, None);

        Assert.Equal([4], result.Hits.Select(h => h.ListingId));
    }

    [Fact]
    public async Task Search_WithOffers_OnlyListingsWithOffersAndFacetCountsThem()
    {
        var index = _lucene.Create();
        await index.UpsertAsync(WithOffers(), None);

        var everything = await index.SearchAsync(new SearchQuery(), None);
        var withOffers = await index.SearchAsync(new SearchQuery { WithOffers = true }, None);

        Assert.Equal(6, everything.Total);
        Assert.Equal(2, everything.Facets.WithOffers);
        Assert.DoesNotContain(everything.Facets.Feature, f => f.Value.StartsWith('@'));
        Assert.Equal([1, 4], withOffers.Hits.Select(h => h.ListingId).Order());
        Assert.Equal(2, withOffers.Total);
    }

    [Fact]
    public async Task Search_WithOffersAndCategory_CountsOnlyInTheCategory()
    {
        var index = _lucene.Create();
        await index.UpsertAsync(WithOffers(), None);

        var result = await index.SearchAsync(new SearchQuery { Categories = [Apotheke.Slug] }, None);

        Assert.Equal(1, result.Facets.WithOffers);
    }

    [Fact]
    public async Task Upsert_Elasticsearch_SendsOfferWordsAndTheFlagInFeatures()
    {
        await _es.Index.UpsertAsync([WithOffers()[0]], None);

        var bulk = _es.Server.OnlyRequest("POST", "/_bulk");
        var source = bulk.Lines[1];
        Assert.Equal(["Dinkelvollkornbrot", "Frisch aus dem Steinofen, jeden Samstag."], source["offers"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Contains("@offers", source["features"]!.AsArray().Select(f => f!.GetValue<string>()));
    }

    [Fact]
    public async Task Search_ElasticsearchWithOffers_FiltersOnTheFlagAndCountsItApart()
    {
        var response = ElasticsearchHarness.EmptySearchResponse();
        response["aggregations"]!["feature"]!["values"]!["buckets"] = JsonNode.Parse("""[{"key":"@offers","doc_count":3},{"key":"delivery","doc_count":2}]""");
        _es.SearchResponse = response;

        var result = await _es.Index.SearchAsync(new SearchQuery { WithOffers = true }, None);

        var body = Assert.Single(_es.Searches).Json;
        var filters = body["post_filter"]!["bool"]!["filter"]!.AsArray();
        Assert.Contains(filters, f => f!["term"]?["features"]?.GetValue<string>() == "@offers");
        Assert.Equal(3, result.Facets.WithOffers);
        Assert.Equal(["delivery"], result.Facets.Feature.Select(f => f.Value));
    }

    [Fact]
    public async Task Search_ElasticsearchWithoutOffersFilter_SendsNoFlagFilter()
    {
        await _es.Index.SearchAsync(new SearchQuery { Text = "brot" }, None);

        var body = Assert.Single(_es.Searches).Json;
        Assert.DoesNotContain("@offers", body.ToJsonString(), StringComparison.Ordinal);
    }
}
