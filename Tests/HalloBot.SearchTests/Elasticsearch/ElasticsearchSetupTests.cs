using System.Reflection;
using System.Text.Json.Nodes;
using HalloBot.Domain.OpeningHours;
using HalloBot.Search.Analysis;
using HalloBot.Search.Contract;
using HalloBot.Search.Elasticsearch;

namespace HalloBot.SearchTests.Elasticsearch;

/// <summary>Where the Elasticsearch chain's word lists come from, the options' checks, and synonym updates.</summary>
public sealed class ElasticsearchSetupTests
{
    [Fact]
    public void DefaultStopWords_SameAsTheLuceneChain()
    {
        // StopWords keeps its set private; read it so that a word added there without here fails this test.
        var field = typeof(StopWords).GetField("Words", BindingFlags.NonPublic | BindingFlags.Static);
        var lucene = Assert.IsType<HashSet<string>>(field?.GetValue(null));

        Assert.Equal(lucene.Order(StringComparer.Ordinal), EsAnalysisSources.DefaultStopWords.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ParseSynonymRules_OfficeFile_OneRulePerGroupWithoutComments()
    {
        var rules = EsAnalysisSources.ParseSynonymRules(
        [
            "# Kommentar, mit Komma",
            "",
            "Kiosk,  Büdchen ,Trinkhalle # Ruhrgebiet",
            "Einzelwort",
            "tax advisor, Steuerberater, Steuerberater",
            "a => b",
        ]);

        Assert.Equal(["Kiosk, Büdchen, Trinkhalle", "tax advisor, Steuerberater", "a, b"], rules);
    }

    [Fact]
    public void ReadSynonymRules_MissingFile_NamesThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "synonyms.de.txt");
        var error = Assert.Throws<FileNotFoundException>(() => EsAnalysisSources.ReadSynonymRules(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "hallobot-listings", "Url")]
    [InlineData("ftp://localhost:9200", "hallobot-listings", "Url")]
    [InlineData("http://127.0.0.1:9200", "HalloBot", "IndexAlias")]
    [InlineData("http://127.0.0.1:9200", "hallo bot", "IndexAlias")]
    [InlineData("http://127.0.0.1:9200", "_listings", "IndexAlias")]
    public void Validate_BadOptions_NamesTheSetting(string? url, string alias, string setting)
    {
        var options = new ElasticsearchOptions { Url = url is null ? null : new Uri(url), IndexAlias = alias };
        var error = Assert.Throws<InvalidOperationException>(options.Validate);
        Assert.Contains("HalloBot:Search:Elasticsearch:" + setting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UserWithoutPassword_IsRejected()
    {
        var options = new ElasticsearchOptions { Url = new Uri("https://search.example:9200"), Username = "hallobot" };
        Assert.Throws<InvalidOperationException>(options.Validate);
    }

    [Fact]
    public async Task EnsureIndex_OfficeEditedTheSynonyms_ClosesUpdatesAndReopensTheIndex()
    {
        using var server = new RecordingElasticsearch(r => (r.Method, r.Path) switch
        {
            ("GET", "/_alias/hallobot-listings") => (200, """{"hallobot-listings-1":{"aliases":{"hallobot-listings":{}}}}"""),
            ("GET", "/hallobot-listings-1/_settings") => (200, """
                {"hallobot-listings-1":{"settings":{"index":{"analysis":{"filter":{"hallobot_synonyms":{"type":"synonym_graph","lenient":"true","synonyms":["Kiosk, Büdchen"]}}}}}}}
                """),
            (_, "/hallobot-listings/_count") => (200, """{"count":0}"""),
            _ => (200, """{"acknowledged":true}"""),
        });
        var sources = ElasticsearchHarness.Sources with { SynonymRules = ["Kiosk, Büdchen, Trinkhalle"] };
        using var index = new ElasticsearchSearchIndex(new ElasticsearchOptions { Url = server.Url }, OpeningHoursCalendar.Bottrop,
            GermanTextAnalysis.Default, sources, TimeProvider.System);

        await index.CountAsync(CancellationToken.None);

        var sequence = server.Requests.Select(r => r.Method + " " + r.Path).ToList();
        Assert.Equal(
            ["GET /_alias/hallobot-listings", "GET /hallobot-listings-1/_settings", "POST /hallobot-listings-1/_close",
             "PUT /hallobot-listings-1/_settings", "POST /hallobot-listings-1/_open", "GET /hallobot-listings/_count"],
            sequence);
        var update = server.Requests.Single(r => r.Method == "PUT").Json;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""["Kiosk, Büdchen, Trinkhalle"]"""),
            update["analysis"]!["filter"]!["hallobot_synonyms"]!["synonyms"]));
    }
}
