using System.Text.Json.Nodes;
using HalloBot.Domain.OpeningHours;
using HalloBot.Search;
using HalloBot.Search.Analysis;
using HalloBot.Search.Elasticsearch;

namespace HalloBot.SearchTests.Elasticsearch;

/// <summary>
/// An <see cref="ElasticsearchSearchIndex"/> talking to a <see cref="RecordingElasticsearch"/> that answers like a
/// one-node cluster holding the alias <c>hallobot-listings</c> → <c>hallobot-listings-1</c> (unless told there is none).
/// Search responses come from <see cref="SearchResponse"/>; the catalog lists two categories, three districts and
/// two distinct opening-hours strings.
/// </summary>
public sealed class ElasticsearchHarness : IDisposable
{
    public const string Alias = "hallobot-listings";
    public const string Concrete = "hallobot-listings-1";
    public const string WeekdayHours = "Mo-Fr 08:00-18:00; PH off";
    public const string SaturdayHours = "Sa 09:00-13:00";

    internal static readonly EsAnalysisSources Sources = EsAnalysisSources.Load(SearchExtensions.DefaultSynonymsFile);

    public ElasticsearchHarness(bool aliasExists = true)
    {
        AliasExists = aliasExists;
        Server = new RecordingElasticsearch(Answer);
        Index = new ElasticsearchSearchIndex(
            new ElasticsearchOptions { Url = Server.Url, IndexAlias = Alias, RequestTimeout = TimeSpan.FromSeconds(5) },
            OpeningHoursCalendar.Bottrop,
            GermanTextAnalysis.Default,
            Sources,
            TimeProvider.System);
    }

    public RecordingElasticsearch Server { get; }
    internal ElasticsearchSearchIndex Index { get; }
    public bool AliasExists { get; set; }

    /// <summary>The answer to a listing search (not the catalog or suggestion requests).</summary>
    public JsonObject SearchResponse { get; set; } = EmptySearchResponse();

    public IReadOnlyList<RecordedRequest> Searches =>
        Server.Requests.Where(r => r.Path == $"/{Alias}/_search" && r.Json["aggs"]?["hours"] is null && r.Json["query"]?["match"] is null).ToList();

    public void Dispose()
    {
        Index.Dispose();
        Server.Dispose();
    }

    public static JsonObject EmptySearchResponse() => (JsonObject)JsonNode.Parse("""
        {"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
         "hits":{"total":{"value":0,"relation":"eq"},"max_score":null,"hits":[]},
         "aggregations":{"category":{"doc_count":0,"values":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[]}},
                         "district":{"doc_count":0,"values":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[]}},
                         "feature":{"doc_count":0,"values":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[]}}}}
        """)!;

    private (int Status, string Body) Answer(RecordedRequest request)
    {
        var path = request.Path;
        if (request.Method == "GET" && path == $"/_alias/{Alias}")
        {
            return AliasExists
                ? (200, new JsonObject { [Concrete] = new JsonObject { ["aliases"] = new JsonObject { [Alias] = new JsonObject { ["is_write_index"] = true } } } }.ToJsonString())
                : (404, $$"""{"error":"alias [{{Alias}}] missing","status":404}""");
        }

        if (request.Method == "GET" && path == $"/{Concrete}/_settings")
        {
            var settings = new JsonObject
            {
                [Concrete] = new JsonObject
                {
                    ["settings"] = new JsonObject
                    {
                        ["index"] = new JsonObject
                        {
                            ["analysis"] = new JsonObject
                            {
                                ["filter"] = new JsonObject { [EsIndexDefinition.SynonymFilter] = EsIndexDefinition.SynonymFilterDefinition(Sources.SynonymRules) },
                            },
                        },
                    },
                },
            };
            return (200, settings.ToJsonString());
        }

        if (path.EndsWith("/_bulk", StringComparison.Ordinal))
        {
            var items = new JsonArray();
            var lines = request.Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                var action = lines[i].AsObject().First();
                var id = action.Value!["_id"]!.GetValue<string>();
                items.Add(new JsonObject { [action.Key] = new JsonObject { ["_id"] = id, ["status"] = action.Key == "delete" ? 404 : 201, ["result"] = action.Key == "delete" ? "not_found" : "created" } });
                if (action.Key != "delete")
                {
                    i++;
                }
            }

            return (200, new JsonObject { ["took"] = 3, ["errors"] = false, ["items"] = items }.ToJsonString());
        }

        if (path == $"/{Alias}/_count")
        {
            return (200, """{"count":6,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0}}""");
        }

        if (path == $"/{Alias}/_search")
        {
            var body = request.Json;
            if (body["aggs"]?["hours"] is not null)
            {
                return (200, CatalogResponse);
            }

            if (body["query"]?["match"]?["name.prefix"] is not null)
            {
                return (200, """
                    {"took":1,"timed_out":false,"hits":{"max_score":2.1,"hits":[
                      {"_index":"hallobot-listings-1","_id":"1","_score":2.1,"_source":{"name":"Bäckerei Overbeck","slug":"baeckerei-overbeck"}},
                      {"_index":"hallobot-listings-1","_id":"2","_score":1.9,"_source":{"name":"Backstube Terhorst","slug":"backstube-terhorst"}}]}}
                    """);
            }

            return (200, SearchResponse.ToJsonString());
        }

        if (request.Method == "GET" && path.StartsWith($"/_alias/", StringComparison.Ordinal))
        {
            return (404, """{"error":"alias missing","status":404}""");
        }

        // Index creation, settings, refresh, alias actions, deletes.
        return (200, """{"acknowledged":true,"shards_acknowledged":true}""");
    }

    private const string CatalogResponse = """
        {"took":2,"timed_out":false,"hits":{"max_score":null,"hits":[]},
         "aggregations":{
           "categories":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[
             {"key":"apotheke\u001fApotheke","doc_count":2},{"key":"baeckerei\u001fBäckerei","doc_count":2},{"key":"cafe\u001fCafé","doc_count":2}]},
           "districts":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[
             {"key":"kirchhellen\u001fKirchhellen","doc_count":3},{"key":"stadtmitte\u001fStadtmitte","doc_count":2},{"key":"eigen\u001fEigen","doc_count":1}]},
           "hours":{"after_key":{"opening_hours":"Sa 09:00-13:00"},"buckets":[
             {"key":{"opening_hours":"Mo-Fr 08:00-18:00; PH off"},"doc_count":4},{"key":{"opening_hours":"Sa 09:00-13:00"},"doc_count":1}]}}}
        """;
}
