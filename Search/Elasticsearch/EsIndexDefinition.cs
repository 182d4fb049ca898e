using System.Text.Json.Nodes;

namespace HalloBot.Search.Elasticsearch;

/// <summary>
/// Settings, analysis chain and mapping of a listings index. The chain matches the Lucene backend's: lower-casing,
/// umlaut and ß folding (german_normalization, then asciifolding for other accents), the same stop words, a dictionary
/// decompounder on the same curated word list (the compound is kept beside its parts), light German stemming; the
/// office's synonym list at search time only (synonym_graph), so an edit needs no rebuild. Compounds written apart
/// in a listing ("Fahrrad Reparatur") are also indexed joined (a shingle field), so a joined query word finds them
/// without splitting the query into loose parts that would each match alone.
/// </summary>
internal static class EsIndexDefinition
{
    public const string IndexAnalyzer = "hallobot_german";
    public const string SearchAnalyzer = "hallobot_german_search";
    public const string JoinedAnalyzer = "hallobot_german_joined";
    public const string SuggestAnalyzer = "hallobot_suggest";
    public const string WordPrefixAnalyzer = "hallobot_word_prefix";
    public const string PrefixSearchAnalyzer = "hallobot_prefix_search";
    public const string SpellAnalyzer = "hallobot_spell";
    public const string SortNormalizer = "hallobot_sort";
    public const string SynonymFilter = "hallobot_synonyms";

    /// <summary>The longest hit page Elasticsearch may return (from + size); deep browsing pages need more than the default 10,000.</summary>
    public const int MaxResultWindow = 1_000_000;

    /// <summary>Parts shorter than this are not split off: the decompounder matches anywhere in a word, and short
    /// words ("rad", "bad") would be found inside unrelated names ("Paradies", "Konrad").</summary>
    public const int MinSubwordSize = 4;

    private static readonly string[] Folding = ["lowercase", "german_normalization", "asciifolding"];

    /// <summary>The body of <c>PUT /{index}</c>. <paramref name="forBulkLoad"/> turns refreshes off until the load is done.</summary>
    public static JsonObject CreateIndexBody(EsAnalysisSources sources, bool forBulkLoad) => new()
    {
        ["settings"] = Settings(sources, forBulkLoad),
        ["mappings"] = Mappings(),
    };

    public static JsonObject Settings(EsAnalysisSources sources, bool forBulkLoad)
    {
        var index = new JsonObject
        {
            ["number_of_shards"] = 1,
            ["max_result_window"] = MaxResultWindow,
        };
        if (forBulkLoad)
        {
            index["refresh_interval"] = "-1";
        }

        return new JsonObject
        {
            ["index"] = index,
            ["analysis"] = Analysis(sources),
        };
    }

    /// <summary>The synonym filter alone, for updating a closed index when the office has edited the list.</summary>
    public static JsonObject SynonymFilterDefinition(IReadOnlyList<string> rules) => new()
    {
        ["type"] = "synonym_graph",
        // A rule whose words analyse to nothing (only stop words) is skipped instead of failing the whole index.
        ["lenient"] = true,
        ["synonyms"] = Array(rules),
    };

    private static JsonObject Analysis(EsAnalysisSources sources) => new()
    {
        ["filter"] = new JsonObject
        {
            ["hallobot_stop"] = new JsonObject { ["type"] = "stop", ["stopwords"] = Array(sources.StopWords), ["ignore_case"] = false },
            ["hallobot_decompounder"] = new JsonObject
            {
                ["type"] = "dictionary_decompounder",
                ["word_list"] = Array(sources.CompoundWords),
                ["min_word_size"] = 6,
                ["min_subword_size"] = MinSubwordSize,
                ["max_subword_size"] = 20,
                ["only_longest_match"] = false,
            },
            ["hallobot_light_german"] = new JsonObject { ["type"] = "stemmer", ["language"] = "light_german" },
            [SynonymFilter] = SynonymFilterDefinition(sources.SynonymRules),
            ["hallobot_joined"] = new JsonObject
            {
                ["type"] = "shingle",
                ["min_shingle_size"] = 2,
                ["max_shingle_size"] = 2,
                ["output_unigrams"] = true,
                ["token_separator"] = "",
                ["filler_token"] = "",
            },
            ["hallobot_edge_ngram"] = new JsonObject { ["type"] = "edge_ngram", ["min_gram"] = 1, ["max_gram"] = 20 },
            ["hallobot_word_edge_ngram"] = new JsonObject { ["type"] = "edge_ngram", ["min_gram"] = 4, ["max_gram"] = 20 },
        },
        ["analyzer"] = new JsonObject
        {
            [IndexAnalyzer] = Custom([.. Folding, "hallobot_stop", "hallobot_decompounder", "hallobot_light_german", "remove_duplicates"]),
            // Synonyms come right after folding so the office's words are read the way a resident's are; stop words
            // after them so multi-word synonyms keep their words.
            [SearchAnalyzer] = Custom([.. Folding, SynonymFilter, "hallobot_stop", "hallobot_light_german"]),
            [JoinedAnalyzer] = Custom([.. Folding, "hallobot_stop", "hallobot_joined", "hallobot_light_german"]),
            [SuggestAnalyzer] = Custom([.. Folding, "hallobot_edge_ngram"]),
            [WordPrefixAnalyzer] = Custom([.. Folding, "hallobot_stop", "hallobot_light_german", "hallobot_word_edge_ngram"]),
            [PrefixSearchAnalyzer] = Custom([.. Folding]),
            [SpellAnalyzer] = Custom(["lowercase"]),
        },
        ["normalizer"] = new JsonObject
        {
            [SortNormalizer] = new JsonObject { ["type"] = "custom", ["filter"] = Array(Folding) },
        },
    };

    public static JsonObject Mappings()
    {
        var properties = new JsonObject
        {
            [EsFields.ListingId] = new JsonObject { ["type"] = "integer" },
            [EsFields.Slug] = Keyword(),
            [EsFields.ExternalId] = Keyword(),
            [EsFields.Name] = Text(copyToSpell: true, subfields: new JsonObject
            {
                ["sort"] = new JsonObject { ["type"] = "keyword", ["normalizer"] = SortNormalizer },
                ["prefix"] = new JsonObject { ["type"] = "text", ["analyzer"] = SuggestAnalyzer, ["search_analyzer"] = PrefixSearchAnalyzer },
            }),
            [EsFields.Categories] = Text(copyToSpell: true),
            [EsFields.CategorySlugs] = Keyword(),
            [EsFields.CategoryFacet] = Keyword(),
            [EsFields.District] = Text(copyToSpell: true),
            [EsFields.DistrictSlug] = Keyword(),
            [EsFields.DistrictFacet] = Keyword(),
            [EsFields.Keywords] = Text(copyToSpell: true),
            [EsFields.Offers] = Text(copyToSpell: false),
            [EsFields.Description] = Text(copyToSpell: false),
            [EsFields.AllText] = new JsonObject
            {
                ["type"] = "text",
                ["analyzer"] = IndexAnalyzer,
                ["search_analyzer"] = SearchAnalyzer,
                ["fields"] = new JsonObject
                {
                    ["joined"] = new JsonObject { ["type"] = "text", ["analyzer"] = JoinedAnalyzer, ["search_analyzer"] = SearchAnalyzer },
                    ["prefix"] = new JsonObject { ["type"] = "text", ["analyzer"] = WordPrefixAnalyzer, ["search_analyzer"] = SearchAnalyzer },
                },
            },
            [EsFields.Spell] = new JsonObject { ["type"] = "text", ["analyzer"] = SpellAnalyzer },
            [EsFields.Features] = Keyword(),
            [EsFields.Location] = new JsonObject { ["type"] = "geo_point" },
            // Longer strings are not indexed (Lucene's term limit); such a listing then never counts as open.
            [EsFields.OpeningHours] = new JsonObject { ["type"] = "keyword", ["ignore_above"] = 4096 },
            [EsFields.UpdatedAt] = new JsonObject { ["type"] = "date" },
            [EsFields.Wheelchair] = Keyword(),
            [EsFields.Accessibility] = Keyword(),
        };
        return new JsonObject { ["dynamic"] = "strict", ["properties"] = properties };
    }

    private static JsonObject Text(bool copyToSpell, JsonObject? subfields = null)
    {
        var field = new JsonObject
        {
            ["type"] = "text",
            ["analyzer"] = IndexAnalyzer,
            ["search_analyzer"] = SearchAnalyzer,
            ["copy_to"] = copyToSpell ? Array([EsFields.AllText, EsFields.Spell]) : Array([EsFields.AllText]),
        };
        if (subfields is not null)
        {
            field["fields"] = subfields;
        }

        return field;
    }

    private static JsonObject Keyword() => new() { ["type"] = "keyword" };

    private static JsonObject Custom(IEnumerable<string> filters) => new()
    {
        ["type"] = "custom",
        ["tokenizer"] = "standard",
        ["filter"] = Array(filters),
    };

    private static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
}
