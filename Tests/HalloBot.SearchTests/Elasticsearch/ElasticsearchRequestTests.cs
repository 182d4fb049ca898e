using System.Text.Json.Nodes;
using HalloBot.Domain.Listings;
using HalloBot.Search.Contract;
using HalloBot.Search.Elasticsearch;
using static HalloBot.SearchTests.Contract.ContractDocuments;

namespace HalloBot.SearchTests.Elasticsearch;

/// <summary>
/// What the Elasticsearch index sends and how it reads the answers, checked against a recording HTTP server on
/// 127.0.0.1 (no cluster needed). Bodies are compared as JSON trees, not as strings.
/// </summary>
public sealed class ElasticsearchRequestTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset WednesdayMorning = new(2025, 6, 11, 10, 0, 0, TimeSpan.FromHours(2));
    private readonly ElasticsearchHarness _es = new();

    public void Dispose() => _es.Dispose();

    [Fact]
    public async Task EnsureIndex_NoAlias_CreatesIndexWithGermanAnalysisMappingAndAlias()
    {
        _es.AliasExists = false;
        await _es.Index.CountAsync(None);

        var create = Assert.Single(_es.Server.Requests, r => r.Method == "PUT");
        Assert.Matches(@"^/hallobot-listings-\d{8}-\d{6}-\d{3}-[0-9a-f]{6}$", create.Path);
        var body = create.Json;
        var analysis = body["settings"]!["analysis"]!;
        AssertJson(["lowercase", "german_normalization", "asciifolding", "hallobot_stop", "hallobot_decompounder", "hallobot_light_german", "remove_duplicates"],
            analysis["analyzer"]!["hallobot_german"]!["filter"]);
        AssertJson(["lowercase", "german_normalization", "asciifolding", "hallobot_synonyms", "hallobot_stop", "hallobot_light_german"],
            analysis["analyzer"]!["hallobot_german_search"]!["filter"]);
        AssertJson(new JsonObject { ["type"] = "stemmer", ["language"] = "light_german" }, analysis["filter"]!["hallobot_light_german"]);
        AssertJson(new JsonObject { ["type"] = "custom", ["filter"] = new JsonArray("lowercase", "german_normalization", "asciifolding") },
            analysis["normalizer"]!["hallobot_sort"]);

        var decompounder = analysis["filter"]!["hallobot_decompounder"]!;
        Assert.Equal("dictionary_decompounder", decompounder["type"]!.GetValue<string>());
        var words = decompounder["word_list"]!.AsArray().Select(w => w!.GetValue<string>()).ToList();
        Assert.Contains("fahrrad", words);
        Assert.Contains("reparatur", words);
        Assert.Contains("backerei", words); // folded: the decompounder sees words after german_normalization
        Assert.DoesNotContain("bäckerei", words);
        Assert.All(words, w => Assert.True(w.Length >= 4, w));

        var synonyms = analysis["filter"]!["hallobot_synonyms"]!;
        Assert.Equal("synonym_graph", synonyms["type"]!.GetValue<string>());
        var rules = synonyms["synonyms"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        Assert.Contains(rules, r => r.StartsWith("Kiosk, Büdchen, Trinkhalle", StringComparison.Ordinal));
        Assert.Contains(rules, r => r.StartsWith("Apotheke, pharmacy", StringComparison.Ordinal));
        Assert.DoesNotContain(rules, r => r.Contains('#', StringComparison.Ordinal));

        var properties = body["mappings"]!["properties"]!;
        Assert.Equal("strict", body["mappings"]!["dynamic"]!.GetValue<string>());
        AssertJson(new JsonObject
        {
            ["type"] = "text",
            ["analyzer"] = "hallobot_german",
            ["search_analyzer"] = "hallobot_german_search",
            ["copy_to"] = new JsonArray("all_text", "spell"),
            ["fields"] = new JsonObject
            {
                ["sort"] = new JsonObject { ["type"] = "keyword", ["normalizer"] = "hallobot_sort" },
                ["prefix"] = new JsonObject { ["type"] = "text", ["analyzer"] = "hallobot_suggest", ["search_analyzer"] = "hallobot_prefix_search" },
            },
        }, properties["name"]);
        Assert.Equal("geo_point", properties["location"]!["type"]!.GetValue<string>());
        foreach (var keyword in new[] { "category_slugs", "district_slug", "features", "opening_hours", "category_facet", "district_facet", "slug" })
        {
            Assert.Equal("keyword", properties[keyword]!["type"]!.GetValue<string>());
        }

        AssertJson(new JsonObject { ["hallobot-listings"] = new JsonObject { ["is_write_index"] = true } }, body["aliases"]);
        Assert.Null(body["settings"]!["index"]!["refresh_interval"]);
    }

    [Fact]
    public async Task EnsureIndex_AliasWithCurrentSynonyms_ChangesNothing()
    {
        await _es.Index.CountAsync(None);
        await _es.Index.CountAsync(None);

        Assert.DoesNotContain(_es.Server.Requests, r => r.Method == "PUT" || r.Path.EndsWith("/_close", StringComparison.Ordinal));
        Assert.Single(_es.Server.Requests, r => r.Path == "/_alias/hallobot-listings");
        Assert.Equal(2, _es.Server.Requests.Count(r => r.Path == "/hallobot-listings/_count"));
    }

    [Fact]
    public async Task Search_TextOnly_SendsWeightedQueryWithCompoundsTyposPrefixesHighlightAndSpelling()
    {
        await _es.Index.SearchAsync(new SearchQuery { Text = "Fahrradreparatur" }, None);

        var body = Assert.Single(_es.Searches).Json;
        AssertJson(JsonNode.Parse("""
            {"bool":{"must":[{"dis_max":{"tie_breaker":0.1,"queries":[
              {"multi_match":{"query":"Fahrradreparatur","type":"cross_fields",
                "fields":["name^5","categories^4","keywords^3","offers^2","description^1","district^1"],
                "tie_breaker":0.1,"minimum_should_match":"2<-1"}},
              {"match":{"all_text.joined":{"query":"Fahrradreparatur","minimum_should_match":"2<-1","boost":0.85}}},
              {"match":{"all_text":{"query":"Fahrradreparatur","minimum_should_match":"2<-1","boost":0.5,
                "fuzziness":"AUTO:4,8","prefix_length":1,"max_expansions":20}}},
              {"match":{"all_text.prefix":{"query":"Fahrradreparatur","minimum_should_match":"2<-1","boost":0.3}}}]}}]}}
            """), body["query"]);
        AssertJson(JsonNode.Parse("""[{"_score":"desc"},{"listing_id":"asc"}]"""), body["sort"]);
        Assert.Equal(0, body["from"]!.GetValue<long>());
        Assert.Equal(20, body["size"]!.GetValue<int>());
        Assert.True(body["track_total_hits"]!.GetValue<bool>());
        Assert.Null(body["post_filter"]);

        var highlight = body["highlight"]!;
        AssertJson(new JsonArray("<mark>"), highlight["pre_tags"]);
        AssertJson(new JsonArray("</mark>"), highlight["post_tags"]);
        Assert.Equal("html", highlight["encoder"]!.GetValue<string>());
        Assert.Equal(0, highlight["fields"]!["name"]!["number_of_fragments"]!.GetValue<int>());
        Assert.Equal(1, highlight["fields"]!["description"]!["number_of_fragments"]!.GetValue<int>());

        AssertJson(JsonNode.Parse("""
            {"text":"Fahrradreparatur","did_you_mean":{"term":{"field":"spell","suggest_mode":"missing",
              "min_word_length":4,"prefix_length":1,"max_edits":2,"size":1}}}
            """), body["suggest"]);
    }

    [Fact]
    public async Task Search_TextWithDistrictCategoryAndFeatures_BoostsDistrictAndCountsEachFacetWithoutItsOwnFilter()
    {
        await _es.Index.SearchAsync(new SearchQuery
        {
            Text = "friseur kirchhellen",
            Categories = ["friseur"],
            Districts = ["kirchhellen"],
            Features = ["card_payment", "Parking"],
        }, None);

        var body = Assert.Single(_es.Searches).Json;
        var boolQuery = body["query"]!["bool"]!;
        // The district word leaves the required words and ranks the district's listings first instead.
        Assert.Equal("friseur", boolQuery["must"]![0]!["dis_max"]!["queries"]![0]!["multi_match"]!["query"]!.GetValue<string>());
        AssertJson(JsonNode.Parse("""[{"constant_score":{"filter":{"terms":{"district_slug":["kirchhellen"]}},"boost":25}}]"""), boolQuery["should"]);
        Assert.Null(boolQuery["filter"]);

        var category = JsonNode.Parse("""{"terms":{"category_slugs":["friseur"]}}""")!;
        var district = JsonNode.Parse("""{"terms":{"district_slug":["kirchhellen"]}}""")!;
        var card = JsonNode.Parse("""{"term":{"features":"card_payment"}}""")!;
        var parking = JsonNode.Parse("""{"term":{"features":"parking"}}""")!;
        AssertJson(AllOf(category, district, card, parking), body["post_filter"]);
        AssertJson(Facet("category_facet", AllOf(district, card, parking)), body["aggs"]!["category"]);
        AssertJson(Facet("district_facet", AllOf(category, card, parking)), body["aggs"]!["district"]);
        AssertJson(Facet("features", AllOf(category, district)), body["aggs"]!["feature"]);
    }

    [Fact]
    public async Task Search_WithoutFacetFilters_FacetsCountAllHits()
    {
        await _es.Index.SearchAsync(new SearchQuery { Text = "apotheke" }, None);

        var aggs = Assert.Single(_es.Searches).Json["aggs"]!;
        AssertJson(Facet("category_facet", JsonNode.Parse("""{"match_all":{}}""")!), aggs["category"]);
        Assert.Null(Assert.Single(_es.Searches).Json["post_filter"]);
    }

    [Theory]
    [InlineData("2025-06-11T10:00:00+02:00", ElasticsearchHarness.WeekdayHours)]
    [InlineData("2025-06-14T10:00:00+02:00", ElasticsearchHarness.SaturdayHours)]
    [InlineData("2025-10-03T10:00:00+02:00", null)] // German Unity Day: "PH off"
    public async Task Search_OpenAt_FiltersOnTheDistinctHoursOpenThen(string instant, string? openHours)
    {
        await _es.Index.SearchAsync(new SearchQuery { OpenAt = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture) }, None);

        var body = Assert.Single(_es.Searches).Json;
        var expected = openHours is null ? new JsonArray() : new JsonArray(openHours);
        AssertJson(new JsonObject { ["bool"] = new JsonObject { ["filter"] = new JsonArray(new JsonObject { ["terms"] = new JsonObject { ["opening_hours"] = expected } }) } },
            body["query"]);
        var catalog = Assert.Single(_es.Server.Requests, r => r.Json["aggs"]?["hours"] is not null).Json;
        AssertJson(JsonNode.Parse("""{"composite":{"size":5000,"sources":[{"opening_hours":{"terms":{"field":"opening_hours"}}}]}}"""), catalog["aggs"]!["hours"]);
    }

    [Fact]
    public async Task Search_OpenAtTwice_ReadsTheCatalogOnce()
    {
        await _es.Index.SearchAsync(new SearchQuery { OpenAt = WednesdayMorning }, None);
        await _es.Index.SearchAsync(new SearchQuery { OpenAt = WednesdayMorning.AddHours(1), Text = "apotheke" }, None);

        Assert.Single(_es.Server.Requests, r => r.Json["aggs"]?["hours"] is not null);
    }

    [Fact]
    public async Task Search_OpenAtAfterAWrite_ReadsTheCatalogAgain()
    {
        await _es.Index.SearchAsync(new SearchQuery { OpenAt = WednesdayMorning }, None);
        await _es.Index.UpsertAsync([Standard()[0]], None);
        await _es.Index.SearchAsync(new SearchQuery { OpenAt = WednesdayMorning }, None);

        Assert.Equal(2, _es.Server.Requests.Count(r => r.Path.EndsWith("_search", StringComparison.Ordinal) && r.Json["aggs"]?["hours"] is not null));
    }

    [Fact]
    public async Task Search_RadiusAndDistanceSort_FiltersByDistanceAndSortsNearestFirst()
    {
        await _es.Index.SearchAsync(new SearchQuery { Near = Altmarkt, RadiusKm = 1.5, Sort = SearchSort.Distance }, None);

        var body = Assert.Single(_es.Searches).Json;
        AssertJson(JsonNode.Parse("""
            {"bool":{"filter":[{"geo_distance":{"distance":"1.5km","distance_type":"arc","location":{"lat":51.5237,"lon":6.9286}}}]}}
            """), body["query"]);
        AssertJson(JsonNode.Parse("""
            [{"_geo_distance":{"location":{"lat":51.5237,"lon":6.9286},"order":"asc","unit":"km","distance_type":"arc","ignore_unmapped":true}},
             {"listing_id":"asc"}]
            """), body["sort"]);
        AssertJson(new JsonArray("listing_id", "slug", "external_id", "name", "categories", "district", "opening_hours", "location"), body["_source"]);
    }

    [Fact]
    public async Task Search_EmptyTextThirdPage_BrowsesAllByGermanName()
    {
        await _es.Index.SearchAsync(new SearchQuery { Page = 3, PageSize = 10 }, None);

        var body = Assert.Single(_es.Searches).Json;
        AssertJson(JsonNode.Parse("""{"match_all":{}}"""), body["query"]);
        AssertJson(JsonNode.Parse("""[{"name.sort":"asc"},{"listing_id":"asc"}]"""), body["sort"]);
        Assert.Equal(20, body["from"]!.GetValue<long>());
        Assert.Equal(10, body["size"]!.GetValue<int>());
        Assert.Null(body["highlight"]);
        Assert.Null(body["suggest"]);
        // Browsing needs neither districts nor opening hours: no catalog request.
        Assert.DoesNotContain(_es.Server.Requests, r => r.Json is JsonObject o && o["aggs"]?["hours"] is not null);
    }

    [Fact]
    public async Task Search_Response_ReadsHitsFacetsDistancesHighlightAndTotal()
    {
        _es.SearchResponse = (JsonObject)JsonNode.Parse("""
            {"took":4,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
             "hits":{"total":{"value":17,"relation":"eq"},"max_score":7.25,"hits":[
               {"_index":"hallobot-listings-1","_id":"5","_score":7.25,
                "_source":{"listing_id":5,"slug":"rosen-apotheke","external_id":"A-5","name":"Rosen-Apotheke","categories":["Apotheke","Drogerie"],
                           "district":"Eigen","opening_hours":"Mo-Fr 08:30-18:30","location":{"lat":51.544,"lon":6.936}},
                "highlight":{"description":["<mark>Apotheke</mark> mit Botendienst."],"name":["Rosen-<mark>Apotheke</mark>"]},
                "sort":[7.25,5]},
               {"_index":"hallobot-listings-1","_id":"9","_score":3.5,
                "_source":{"listing_id":9,"slug":"apotheke-ohne-ort","name":"Apotheke & Drogerie","categories":[]},
                "highlight":{"name":["<mark>Apotheke</mark> &amp; Drogerie"]},
                "sort":[3.5,9]}]},
             "aggregations":{
               "category":{"doc_count":17,"values":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[
                 {"key":"apotheke\u001fApotheke","doc_count":15},{"key":"drogerie\u001fDrogerie","doc_count":2}]}},
               "district":{"doc_count":17,"values":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[
                 {"key":"eigen\u001fEigen","doc_count":4},{"key":"boy\u001fBoy","doc_count":4},{"key":"stadtmitte\u001fStadtmitte","doc_count":9}]}},
               "feature":{"doc_count":17,"values":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[
                 {"key":"card_payment","doc_count":12},{"key":"delivery","doc_count":3}]}}},
             "suggest":{"did_you_mean":[{"text":"apotheke","offset":0,"length":8,"options":[]}]}}
            """)!;

        var result = await _es.Index.SearchAsync(new SearchQuery { Text = "apotheke", Near = Altmarkt }, None);

        Assert.Equal(17, result.Total);
        Assert.Equal([5, 9], result.Hits.Select(h => h.ListingId));
        Assert.Equal(["rosen-apotheke", "apotheke-ohne-ort"], result.Hits.Select(h => h.Slug));
        Assert.Equal(7.25, result.Hits[0].Score);
        Assert.Equal(Altmarkt.DistanceKmTo(new GeoPoint(51.544, 6.936)), result.Hits[0].DistanceKm!.Value, 9);
        Assert.Null(result.Hits[1].DistanceKm);
        Assert.Equal(("Rosen-Apotheke", "A-5", "Eigen", "Mo-Fr 08:30-18:30"), (result.Hits[0].Name, result.Hits[0].ExternalId, result.Hits[0].District, result.Hits[0].OpeningHours));
        Assert.Equal(["Apotheke", "Drogerie"], result.Hits[0].Categories);
        Assert.Equal(("Apotheke & Drogerie", null, null, null), (result.Hits[1].Name, result.Hits[1].ExternalId, result.Hits[1].District, result.Hits[1].OpeningHours));
        Assert.Empty(result.Hits[1].Categories);
        Assert.Equal("<mark>Apotheke</mark> mit Botendienst.", result.Hits[0].Highlight);
        Assert.Equal("<mark>Apotheke</mark> &amp; Drogerie", result.Hits[1].Highlight);
        Assert.Equal([new FacetCount("apotheke", "Apotheke", 15), new FacetCount("drogerie", "Drogerie", 2)], result.Facets.Category);
        Assert.Equal([new FacetCount("stadtmitte", "Stadtmitte", 9), new FacetCount("boy", "Boy", 4), new FacetCount("eigen", "Eigen", 4)], result.Facets.District);
        Assert.Equal([new FacetCount("card_payment", "card_payment", 12), new FacetCount("delivery", "delivery", 3)], result.Facets.Feature);
        Assert.Null(result.DidYouMean);
    }

    [Theory]
    [InlineData("Apothekke", """[{"text":"apothekke","offset":0,"length":9,"options":[{"text":"apotheke","score":0.875,"freq":2}]}]""", "apotheke")]
    [InlineData("friseur Kirchhelen",
        """[{"text":"friseur","offset":0,"length":7,"options":[]},{"text":"kirchhelen","offset":8,"length":10,"options":[{"text":"kirchhellen","score":0.9,"freq":3}]}]""",
        "friseur kirchhellen")]
    [InlineData("Bäckereien", """[{"text":"backereien","offset":0,"length":10,"options":[{"text":"backerei","score":0.8,"freq":2}]}]""", null)]
    [InlineData("xqzvw", """[{"text":"xqzvw","offset":0,"length":5,"options":[]}]""", null)]
    public async Task Search_SpellingSuggestion_ReplacesOnlyUnknownWords(string text, string suggest, string? expected)
    {
        _es.SearchResponse = ElasticsearchHarness.EmptySearchResponse();
        _es.SearchResponse["suggest"] = new JsonObject { ["did_you_mean"] = JsonNode.Parse(suggest) };

        var result = await _es.Index.SearchAsync(new SearchQuery { Text = text }, None);

        Assert.Equal(expected, result.DidYouMean);
    }

    [Fact]
    public async Task Suggest_TradePrefix_AsksForNamePrefixesAndPutsTheCategoryFirst()
    {
        var suggestions = await _es.Index.SuggestAsync("bäck", 8, None);

        var request = Assert.Single(_es.Server.Requests, r => r.Path == "/hallobot-listings/_search" && r.Json["query"]?["match"] is not null).Json;
        AssertJson(JsonNode.Parse("""{"match":{"name.prefix":{"query":"bäck","operator":"and"}}}"""), request["query"]);
        Assert.Equal(8, request["size"]!.GetValue<int>());
        Assert.Equal(
            [
                new Suggestion("Bäckerei", SuggestionKind.Category, "baeckerei"),
                new Suggestion("Bäckerei Overbeck", SuggestionKind.Listing, "baeckerei-overbeck"),
                new Suggestion("Backstube Terhorst", SuggestionKind.Listing, "backstube-terhorst"),
            ],
            suggestions);
    }

    [Fact]
    public async Task Suggest_DistrictPrefixAndMax_DistrictBeforeListingsAndNoMoreThanMax()
    {
        var suggestions = await _es.Index.SuggestAsync("KIRCH", 2, None);

        Assert.Equal([new Suggestion("Kirchhellen", SuggestionKind.District, "kirchhellen"), new Suggestion("Bäckerei Overbeck", SuggestionKind.Listing, "baeckerei-overbeck")],
            suggestions);
        Assert.Empty(await _es.Index.SuggestAsync("  ", 8, None));
    }

    [Fact]
    public async Task Upsert_Documents_BulkIndexWaitsForRefresh()
    {
        var document = Document(7, "Zweirad Krause", [new SearchTerm("Fahrradladen", "fahrradladen")], Kirchhellen, "Fahrradreparatur & Verkauf",
            ["E-Bike"], ["card_payment"], "Mo-Sa 09:00-18:00", new GeoPoint(51.6, 6.95));
        await _es.Index.UpsertAsync([document], None);

        var bulk = _es.Server.OnlyRequest("POST", "/_bulk");
        Assert.Equal("/hallobot-listings/_bulk", bulk.Path);
        Assert.Equal("?refresh=wait_for", bulk.Query);
        Assert.Contains("x-ndjson", bulk.ContentType, StringComparison.Ordinal);
        Assert.EndsWith("\n", bulk.Body, StringComparison.Ordinal);
        Assert.Equal(2, bulk.Lines.Count);
        AssertJson(JsonNode.Parse("""{"index":{"_id":"7"}}"""), bulk.Lines[0]);
        AssertJson(JsonNode.Parse("""
            {"listing_id":7,"slug":"zweirad-krause","name":"Zweirad Krause","categories":["Fahrradladen"],"category_slugs":["fahrradladen"],
             "category_facet":["fahrradladen\u001fFahrradladen"],"keywords":["E-Bike"],"offers":[],"description":"Fahrradreparatur & Verkauf",
             "features":["card_payment"],"updated_at":"2025-01-01T00:00:00.0000000Z","external_id":"ext-7","district":"Kirchhellen",
             "district_slug":"kirchhellen","district_facet":"kirchhellen\u001fKirchhellen","location":{"lat":51.6,"lon":6.95},
             "opening_hours":"Mo-Sa 09:00-18:00"}
            """), bulk.Lines[1]);
    }

    [Fact]
    public async Task Delete_UnknownIds_BulkDeletesAndIgnoresNotFound()
    {
        await _es.Index.DeleteAsync([4, 999, 4], None);

        var bulk = _es.Server.OnlyRequest("POST", "/_bulk");
        Assert.Equal("?refresh=wait_for", bulk.Query);
        AssertJson(JsonNode.Parse("""[{"delete":{"_id":"4"}},{"delete":{"_id":"999"}}]"""), new JsonArray([.. bulk.Lines.Select(l => l.DeepClone())]));
    }

    [Fact]
    public async Task Rebuild_ManyDocuments_LoadsANewIndexWithoutRefreshThenSwapsTheAliasAndDeletesTheOld()
    {
        var documents = Enumerable.Range(1, 2500).Select(i => Document(i, $"Kiosk {i}", [new SearchTerm("Kiosk", "kiosk")])).ToList();
        var progress = new List<int>();

        await _es.Index.RebuildAsync(AsAsync(documents), new ListProgress(progress), None);

        var create = Assert.Single(_es.Server.Requests, r => r.Method == "PUT" && !r.Path.EndsWith("/_settings", StringComparison.Ordinal));
        var next = create.Path.TrimStart('/');
        Assert.StartsWith("hallobot-listings-", next, StringComparison.Ordinal);
        Assert.Equal("-1", create.Json["settings"]!["index"]!["refresh_interval"]!.GetValue<string>());
        Assert.Null(create.Json["aliases"]);

        var bulks = _es.Server.Requests.Where(r => r.Path == $"/{next}/_bulk").ToList();
        Assert.Equal([1000, 1000, 500], bulks.Select(b => b.Lines.Count / 2));
        Assert.All(bulks, b => Assert.Equal("", b.Query));

        var names = _es.Server.Requests.Select(r => r.Method + " " + r.Path).ToList();
        var swap = _es.Server.OnlyRequest("POST", "/_aliases");
        AssertJson(JsonNode.Parse($$$"""
            {"actions":[{"remove":{"index":"hallobot-listings-1","alias":"hallobot-listings"}},
                        {"add":{"index":"{{{next}}}","alias":"hallobot-listings","is_write_index":true}}]}
            """), swap.Json);
        Assert.True(names.IndexOf($"POST /{next}/_refresh") < names.IndexOf("POST /_aliases"));
        Assert.True(names.IndexOf("POST /_aliases") < names.IndexOf("DELETE /hallobot-listings-1"));
        AssertJson(JsonNode.Parse("""{"index":{"refresh_interval":null}}"""), _es.Server.OnlyRequest("PUT", "/_settings").Json);
        Assert.Equal([1000, 2000, 2500], progress);
    }

    [Fact]
    public async Task Rebuild_StreamFails_DeletesTheHalfBuiltIndexAndKeepsTheAlias()
    {
        static async IAsyncEnumerable<SearchDocument> Failing()
        {
            yield return Document(1, "Kiosk");
            await Task.Yield();
            throw new InvalidOperationException("database gone");
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => _es.Index.RebuildAsync(Failing(), null, None));

        var create = Assert.Single(_es.Server.Requests, r => r.Method == "PUT");
        _es.Server.OnlyRequest("DELETE", create.Path);
        Assert.DoesNotContain(_es.Server.Requests, r => r.Path == "/_aliases");
    }

    [Fact]
    public async Task Search_ClusterRefuses_ThrowsWithTheReason()
    {
        using var failing = new RecordingElasticsearch(r => r.Path.StartsWith("/_alias", StringComparison.Ordinal)
            ? (200, """{"hallobot-listings-1":{"aliases":{"hallobot-listings":{}}}}""")
            : r.Path.EndsWith("_settings", StringComparison.Ordinal)
                ? (200, "{}")
                : (400, """{"error":{"type":"search_phase_execution_exception","reason":"all shards failed"},"status":400}"""));
        using var index = new ElasticsearchSearchIndex(new ElasticsearchOptions { Url = failing.Url }, Domain.OpeningHours.OpeningHoursCalendar.Bottrop,
            Search.Analysis.GermanTextAnalysis.Default, ElasticsearchHarness.Sources, TimeProvider.System);

        var error = await Assert.ThrowsAsync<ElasticsearchRequestException>(() => index.SearchAsync(new SearchQuery(), None));

        Assert.Equal(400, error.StatusCode);
        Assert.Contains("all shards failed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_InvalidPaging_IsRejectedBeforeAnyRequest()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => _es.Index.SearchAsync(new SearchQuery { Page = 0 }, None));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => _es.Index.SearchAsync(new SearchQuery { Sort = SearchSort.Distance }, None));
        Assert.Empty(_es.Server.Requests);
    }

    private static JsonObject AllOf(params JsonNode[] filters) =>
        new() { ["bool"] = new JsonObject { ["filter"] = new JsonArray([.. filters.Select(f => f.DeepClone())]) } };

    private static JsonObject Facet(string field, JsonNode filter) => new()
    {
        ["filter"] = filter.DeepClone(),
        ["aggs"] = new JsonObject { ["values"] = new JsonObject { ["terms"] = new JsonObject { ["field"] = field, ["size"] = 1000 } } },
    };

    private static void AssertJson(string[] expected, JsonNode? actual) =>
        AssertJson(new JsonArray([.. expected.Select(e => (JsonNode?)JsonValue.Create(e))]), actual);

    private static void AssertJson(JsonNode? expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(expected, actual), $"Expected\n{expected?.ToJsonString()}\nbut got\n{actual?.ToJsonString()}");

    private sealed class ListProgress(List<int> reports) : IProgress<int>
    {
        public void Report(int value) => reports.Add(value);
    }
}
