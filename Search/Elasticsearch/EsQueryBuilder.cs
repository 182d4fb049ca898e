using System.Globalization;
using System.Text.Json.Nodes;
using HalloBot.Search.Analysis;
using HalloBot.Search.Contract;
using HalloBot.Search.Lucene;

namespace HalloBot.Search.Elasticsearch;

/// <summary>The words of a query: what the text clauses search for and which districts it names.</summary>
internal sealed record EsTextPlan(string Text, string Content, IReadOnlyList<string> DistrictSlugs);

/// <summary>
/// Builds the bodies of <c>_search</c> requests. A text query asks every word to match in some field (from three words
/// on, all but one), weighted name &gt; category &gt; keywords &gt; offers &gt; description, also as a compound written
/// apart, with typos (0 edits up to 3 letters, 1 up to 7, 2 beyond) and as a prefix of 4 letters or more. A district
/// named in the query is not required but ranks that district first. Filters go into filter clauses; the facet
/// filters into the post_filter, so that each facet's aggregation can leave out its own filter.
/// </summary>
internal static class EsQueryBuilder
{
    public const double DistrictBoost = 25;
    public const double TieBreaker = 0.1;
    public const double JoinedWeight = 0.85;
    public const double FuzzyWeight = 0.5;
    public const double PrefixWeight = 0.3;
    public const string Fuzziness = "AUTO:4,8";
    public const string MinimumShouldMatch = "2<-1";
    public const int HighlightFragmentSize = 160;
    public const int FacetSize = 1000;
    public const string DidYouMeanSuggestion = "did_you_mean";

    public static EsTextPlan? Plan(string? text, EsCatalog? catalog)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        var spans = WordTokenizer.Split(trimmed);
        var folded = spans.Select(s => GermanFolding.Fold(s.Text.Replace("-", "", StringComparison.Ordinal))).ToList();
        var (districtWords, slugs) = catalog?.FindDistricts(folded) ?? ([], []);
        var content = spans.Where((_, i) => !districtWords.Contains(i)).Select(s => s.Text).ToList();
        return new EsTextPlan(trimmed, content.Count == 0 ? trimmed : string.Join(' ', content), slugs);
    }

    /// <summary>What a hit carries besides its id: what a result list shows, so that it needs no database query.</summary>
    internal static readonly string[] HitSource =
    [
        EsFields.ListingId, EsFields.Slug, EsFields.ExternalId, EsFields.Name, EsFields.Categories, EsFields.District,
        EsFields.OpeningHours, EsFields.Location,
    ];

    /// <param name="openHours">The distinct opening-hours strings open at <see cref="SearchQuery.OpenAt"/>; null without it.</param>
    public static JsonObject Search(SearchQuery query, EsTextPlan? plan, IReadOnlyCollection<string>? openHours)
    {
        ArgumentNullException.ThrowIfNull(query);
        var body = new JsonObject
        {
            ["from"] = (long)(query.Page - 1) * query.PageSize,
            ["size"] = query.PageSize,
            ["track_total_hits"] = true,
            ["_source"] = Strings(HitSource),
            ["query"] = MainQuery(query, plan, openHours),
        };

        var facetFilters = FacetFilters(query);
        if (facetFilters.Category.Count + facetFilters.District.Count + facetFilters.Feature.Count > 0)
        {
            body["post_filter"] = AllOf([.. facetFilters.Category, .. facetFilters.District, .. facetFilters.Feature]);
        }

        body["aggs"] = new JsonObject
        {
            ["category"] = Facet(EsFields.CategoryFacet, [.. facetFilters.District, .. facetFilters.Feature]),
            ["district"] = Facet(EsFields.DistrictFacet, [.. facetFilters.Category, .. facetFilters.Feature]),
            ["feature"] = Facet(EsFields.Features, [.. facetFilters.Category, .. facetFilters.District]),
        };
        body["sort"] = Sort(query, plan);

        if (plan is not null)
        {
            body["highlight"] = Highlight(plan);
            body["suggest"] = new JsonObject
            {
                ["text"] = plan.Text,
                [DidYouMeanSuggestion] = new JsonObject
                {
                    ["term"] = new JsonObject
                    {
                        ["field"] = EsFields.Spell,
                        ["suggest_mode"] = "missing",
                        ["min_word_length"] = 4,
                        ["prefix_length"] = 1,
                        ["max_edits"] = 2,
                        ["size"] = 1,
                    },
                },
            };
        }

        return body;
    }

    /// <summary>Listings whose name words start with the typed words (edge n-grams), for suggestions.</summary>
    public static JsonObject SuggestListings(string prefix, int max) => new()
    {
        ["size"] = max,
        ["track_total_hits"] = false,
        ["_source"] = Strings([EsFields.Name, EsFields.Slug]),
        ["query"] = new JsonObject
        {
            ["match"] = new JsonObject
            {
                [EsFields.NamePrefix] = new JsonObject { ["query"] = prefix, ["operator"] = "and" },
            },
        },
        ["sort"] = new JsonArray("_score", new JsonObject { [EsFields.NameSort] = "asc" }),
    };

    public static JsonObject TextQuery(string content)
    {
        var fields = Strings(EsFields.TextFields.Select(f => f.Field + "^" + f.Weight.ToString(CultureInfo.InvariantCulture)));
        return new JsonObject
        {
            ["dis_max"] = new JsonObject
            {
                ["tie_breaker"] = TieBreaker,
                ["queries"] = new JsonArray(
                    new JsonObject
                    {
                        ["multi_match"] = new JsonObject
                        {
                            ["query"] = content,
                            ["type"] = "cross_fields",
                            ["fields"] = fields,
                            ["tie_breaker"] = TieBreaker,
                            ["minimum_should_match"] = MinimumShouldMatch,
                        },
                    },
                    Match("all_text.joined", content, JoinedWeight),
                    Match(EsFields.AllText, content, FuzzyWeight, fuzzy: true),
                    Match(EsFields.AllTextPrefix, content, PrefixWeight)),
            },
        };
    }

    private static JsonObject MainQuery(SearchQuery query, EsTextPlan? plan, IReadOnlyCollection<string>? openHours)
    {
        var filters = new List<JsonNode>();
        if (openHours is not null)
        {
            filters.Add(new JsonObject { ["terms"] = new JsonObject { [EsFields.OpeningHours] = Strings(openHours) } });
        }

        if (query.Near is { } near && query.RadiusKm is { } radius)
        {
            filters.Add(new JsonObject
            {
                ["geo_distance"] = new JsonObject
                {
                    ["distance"] = radius.ToString("0.######", CultureInfo.InvariantCulture) + "km",
                    ["distance_type"] = "arc",
                    [EsFields.Location] = Point(near),
                },
            });
        }

        var wheelchair = AccessibilityCodes.Clean(query.Wheelchair);
        if (wheelchair.Count > 0)
        {
            filters.Add(new JsonObject { ["terms"] = new JsonObject { [EsFields.Wheelchair] = Strings(wheelchair) } });
        }

        // Every fact asked for is required: one term clause each.
        filters.AddRange(AccessibilityCodes.Clean(query.Accessibility)
            .Select(f => (JsonNode)new JsonObject { ["term"] = new JsonObject { [EsFields.Accessibility] = f } }));

        if (plan is null && filters.Count == 0)
        {
            return new JsonObject { ["match_all"] = new JsonObject() };
        }

        var boolQuery = new JsonObject();
        if (plan is not null)
        {
            boolQuery["must"] = new JsonArray(TextQuery(plan.Content));
            if (plan.DistrictSlugs.Count > 0)
            {
                boolQuery["should"] = new JsonArray(new JsonObject
                {
                    ["constant_score"] = new JsonObject
                    {
                        ["filter"] = new JsonObject { ["terms"] = new JsonObject { [EsFields.DistrictSlug] = Strings(plan.DistrictSlugs) } },
                        ["boost"] = DistrictBoost,
                    },
                });
            }
        }

        if (filters.Count > 0)
        {
            boolQuery["filter"] = new JsonArray([.. filters]);
        }

        return new JsonObject { ["bool"] = boolQuery };
    }

    private static (List<JsonNode> Category, List<JsonNode> District, List<JsonNode> Feature) FacetFilters(SearchQuery query)
    {
        static List<string> Clean(IEnumerable<string> values, bool lowerCase) =>
            values.Select(v => lowerCase ? v.Trim().ToLowerInvariant() : v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();

        var categories = Clean(query.Categories, lowerCase: false);
        var districts = Clean(query.Districts, lowerCase: false);
        var features = Clean(OfferFlag.RequiredFeatures(query), lowerCase: true);
        List<JsonNode> category = categories.Count == 0 ? [] : [new JsonObject { ["terms"] = new JsonObject { [EsFields.CategorySlugs] = Strings(categories) } }];
        List<JsonNode> district = districts.Count == 0 ? [] : [new JsonObject { ["terms"] = new JsonObject { [EsFields.DistrictSlug] = Strings(districts) } }];
        // Every feature asked for is required: one term clause each.
        var feature = features.Select(f => (JsonNode)new JsonObject { ["term"] = new JsonObject { [EsFields.Features] = f } }).ToList();
        return (category, district, feature);
    }

    private static JsonObject Facet(string field, List<JsonNode> otherFilters) => new()
    {
        ["filter"] = otherFilters.Count == 0 ? new JsonObject { ["match_all"] = new JsonObject() } : AllOf(otherFilters),
        ["aggs"] = new JsonObject
        {
            ["values"] = new JsonObject { ["terms"] = new JsonObject { ["field"] = field, ["size"] = FacetSize } },
        },
    };

    private static JsonArray Sort(SearchQuery query, EsTextPlan? plan)
    {
        var tieBreak = new JsonObject { [EsFields.ListingId] = "asc" };
        var sort = query.Sort == SearchSort.Relevance && plan is null ? SearchSort.Name : query.Sort;
        return sort switch
        {
            SearchSort.Distance => new JsonArray(
                new JsonObject
                {
                    ["_geo_distance"] = new JsonObject
                    {
                        [EsFields.Location] = Point(query.Near!),
                        ["order"] = "asc",
                        ["unit"] = "km",
                        ["distance_type"] = "arc",
                        ["ignore_unmapped"] = true,
                    },
                },
                tieBreak),
            SearchSort.Name => new JsonArray(new JsonObject { [EsFields.NameSort] = "asc" }, tieBreak),
            _ => new JsonArray(new JsonObject { ["_score"] = "desc" }, tieBreak),
        };
    }

    private static JsonObject Highlight(EsTextPlan plan) => new()
    {
        ["pre_tags"] = Strings(["<mark>"]),
        ["post_tags"] = Strings(["</mark>"]),
        ["encoder"] = "html",
        ["fields"] = new JsonObject
        {
            [EsFields.Description] = new JsonObject { ["fragment_size"] = HighlightFragmentSize, ["number_of_fragments"] = 1 },
            [EsFields.Name] = new JsonObject { ["number_of_fragments"] = 0 },
        },
        // The text query also matches through all_text; highlight the same words, typos included, in the shown fields.
        ["highlight_query"] = new JsonObject
        {
            ["multi_match"] = new JsonObject
            {
                ["query"] = plan.Text,
                ["fields"] = Strings([EsFields.Name, EsFields.Description]),
                ["fuzziness"] = Fuzziness,
                ["prefix_length"] = 1,
            },
        },
    };

    private static JsonObject Match(string field, string content, double boost, bool fuzzy = false)
    {
        var match = new JsonObject
        {
            ["query"] = content,
            ["minimum_should_match"] = MinimumShouldMatch,
            ["boost"] = boost,
        };
        if (fuzzy)
        {
            match["fuzziness"] = Fuzziness;
            match["prefix_length"] = 1;
            match["max_expansions"] = 20;
        }

        return new JsonObject { ["match"] = new JsonObject { [field] = match } };
    }

    private static JsonObject AllOf(IEnumerable<JsonNode> filters) =>
        new() { ["bool"] = new JsonObject { ["filter"] = new JsonArray([.. filters.Select(f => f.DeepClone())]) } };

    private static JsonObject Point(Domain.Listings.GeoPoint point) => new() { ["lat"] = point.Latitude, ["lon"] = point.Longitude };

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
}
