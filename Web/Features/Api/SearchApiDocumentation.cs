namespace HalloBot.Web.Features.Api;

/// <summary>The search API's contract in words, shown in the OpenAPI document.</summary>
internal static class SearchApiDocumentation
{
    public const string Search =
        "Published listings matching `q` (German analysis: umlauts optional, plurals, compounds, typos, synonyms); an empty `q` " +
        "lists everything the filters allow, sorted by name. Filters: `category` and `district` take a name (any case) or a slug, " +
        "`feature` a feature code; each may be repeated (values of one filter are OR-ed, different filters AND-ed). `openAt` " +
        "(ISO 8601 with an offset or Z, or `now`) keeps the listings open at that instant, public holidays applied. `lat` and " +
        "`lon` (degrees, both or neither) give a position for `distanceKm`, `radiusKm` (0 < r ≤ 100) and `sort=distance`. " +
        "`sort` is relevance (default with text), distance or name. `page` 1–10000, `pageSize` 1–100 (default 20). " +
        "`openNow` is evaluated at `openAt` when given, else now; null when the listing gives no opening hours. " +
        "`highlight` is HTML: matched words in <mark>, all other text encoded; null without text. Facets count all matches, " +
        "each without its own filter; `value` is the category or district name, or the feature code. `didYouMean` proposes " +
        "a corrected query, or is null.";

    public const string Suggest =
        "At most 8 completions for `q` (categories, districts and listings whose names start with the words typed); " +
        "`url` is the page, relative to the site. An empty `q` gives no suggestions.";
}
