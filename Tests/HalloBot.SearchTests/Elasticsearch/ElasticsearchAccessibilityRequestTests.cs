using System.Text.Json.Nodes;
using HalloBot.Search.Contract;
using static HalloBot.SearchTests.Contract.ContractDocuments;

namespace HalloBot.SearchTests.Elasticsearch;

/// <summary>The accessibility facts as the Elasticsearch index writes and filters them, against the recording server.</summary>
public sealed class ElasticsearchAccessibilityRequestTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly ElasticsearchHarness _es = new();

    public void Dispose() => _es.Dispose();

    [Fact]
    public async Task Search_WheelchairAndFacts_FilterClausesAnyWheelchairValueAndEveryFact()
    {
        await _es.Index.SearchAsync(new SearchQuery { Wheelchair = ["Limited", "yes", "yes"], Accessibility = ["seating", " Hearing_Loop "] }, None);

        var body = Assert.Single(_es.Searches).Json;
        var expected = JsonNode.Parse("""
            {"bool":{"filter":[
              {"terms":{"wheelchair":["limited","yes"]}},
              {"term":{"accessibility":"hearing_loop"}},
              {"term":{"accessibility":"seating"}}]}}
            """);
        Assert.True(JsonNode.DeepEquals(expected, body["query"]), body["query"]?.ToJsonString());
        Assert.Null(body["post_filter"]);
    }

    [Fact]
    public async Task Search_NoAccessibilityFilter_MatchAll()
    {
        await _es.Index.SearchAsync(new SearchQuery(), None);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"match_all":{}}"""), Assert.Single(_es.Searches).Json["query"]));
    }

    [Fact]
    public async Task Upsert_DocumentWithFacts_WritesWheelchairAndFactCodes()
    {
        await _es.Index.UpsertAsync([Document(7, "Zweirad Krause") with { Wheelchair = "limited", Accessibility = ["seating", "wheelchair_toilet"] }], None);

        var source = _es.Server.OnlyRequest("POST", "/_bulk").Lines[1];
        Assert.Equal("limited", source["wheelchair"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(new JsonArray("seating", "wheelchair_toilet"), source["accessibility"]), source.ToJsonString());
    }

    [Fact]
    public async Task EnsureIndex_Mapping_WheelchairAndFactsAreKeywords()
    {
        _es.AliasExists = false;
        await _es.Index.CountAsync(None);

        var properties = Assert.Single(_es.Server.Requests, r => r.Method == "PUT").Json["mappings"]!["properties"]!;
        Assert.Equal("keyword", properties["wheelchair"]!["type"]!.GetValue<string>());
        Assert.Equal("keyword", properties["accessibility"]!["type"]!.GetValue<string>());
    }
}
