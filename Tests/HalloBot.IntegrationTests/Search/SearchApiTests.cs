using System.Globalization;
using System.Net;
using System.Text.Json;
using static HalloBot.IntegrationTests.Api.JsonAssert;

namespace HalloBot.IntegrationTests.Search;

[Collection(SearchCollection.Name)]
public sealed class SearchApiTests(SearchTestApp app)
{
    private static readonly string[] ResponseProperties = ["total", "page", "pageSize", "hits", "facets", "didYouMean"];
    private static readonly string[] HitProperties = ["slug", "externalId", "name", "categories", "district", "url", "openNow", "distanceKm", "highlight"];

    [Fact]
    public async Task Search_TextQuery_HasExactlyTheAgreedShape()
    {
        var body = await GetJsonAsync("/api/v1/search?q=kortmann");

        Assert.Equal(ResponseProperties, PropertyNames(body));
        Assert.Equal(1, body.GetProperty("page").GetInt32());
        Assert.Equal(20, body.GetProperty("pageSize").GetInt32());
        Assert.Equal(["category", "district", "feature"], PropertyNames(body.GetProperty("facets")));
        foreach (var facet in body.GetProperty("facets").EnumerateObject())
        {
            Assert.All(facet.Value.EnumerateArray(), value => Assert.Equal(["value", "count"], PropertyNames(value)));
        }

        var hit = body.GetProperty("hits").EnumerateArray().First();
        Assert.Equal(HitProperties, PropertyNames(hit));
        Assert.Equal("baeckerei-kortmann", hit.GetProperty("slug").GetString());
        Assert.Equal("WF-0001", hit.GetProperty("externalId").GetString());
        Assert.Equal("Bäckerei Kortmann", hit.GetProperty("name").GetString());
        Assert.Equal(["Bäckerei", "Café"], hit.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("Kirchhellen", hit.GetProperty("district").GetString());
        Assert.Equal("http://localhost/b/baeckerei-kortmann", hit.GetProperty("url").GetString());
        Assert.True(hit.GetProperty("openNow").GetBoolean());
        Assert.Equal(JsonValueKind.Null, hit.GetProperty("distanceKm").ValueKind);
        Assert.Contains("<mark>", hit.GetProperty("highlight").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Facets_UseNamesForCategoriesAndDistrictsAndCodesForFeatures()
    {
        var facets = (await GetJsonAsync("/api/v1/search?district=kirchhellen")).GetProperty("facets");

        Assert.Contains(("Bäckerei", 1L), Values(facets.GetProperty("category")));
        Assert.Contains(("Café", 1L), Values(facets.GetProperty("category")));
        // A facet is counted without its own filter, so the other districts stay visible as choices.
        Assert.Contains(("Stadtmitte", 2L), Values(facets.GetProperty("district")));
        Assert.Contains(("card_payment", 1L), Values(facets.GetProperty("feature")));
    }

    [Fact]
    public async Task Search_EmptyQuery_ListsEverythingTheFiltersAllowByName()
    {
        var body = await GetJsonAsync("/api/v1/search?district=Stadtmitte&district=kirchhellen");

        Assert.Equal(3, body.GetProperty("total").GetInt64());
        Assert.Equal(["Bäckerei Kortmann", "Backstube Schmitz", "Zweirad Overbeck"], Names(body));
        Assert.All(body.GetProperty("hits").EnumerateArray(), h => Assert.Equal(JsonValueKind.Null, h.GetProperty("highlight").ValueKind));
    }

    [Fact]
    public async Task Search_NoParameters_ListsAllPublishedListingsButNoDraft()
    {
        var body = await GetJsonAsync("/api/v1/search?pageSize=100");

        Assert.Equal(5 + SearchTestApp.KioskCount, body.GetProperty("total").GetInt64());
        Assert.DoesNotContain("Bäckerei Entwurf", Names(body));
    }

    [Theory]
    [InlineData("category=B%C3%A4ckerei")]
    [InlineData("category=B%C3%84CKEREI")]
    [InlineData("category=baeckerei")]
    [InlineData("category=%20b%C3%A4ckerei%20")]
    public async Task Search_CategoryByNameInAnyCaseOrBySlug_FindsTheSameListings(string category)
    {
        var body = await GetJsonAsync($"/api/v1/search?{category}");

        Assert.Equal(["Bäckerei Kortmann", "Backstube Schmitz"], Names(body));
    }

    [Theory]
    [InlineData("district=Kirchhellen")]
    [InlineData("district=KIRCHHELLEN")]
    [InlineData("district=kirchhellen")]
    public async Task Search_DistrictByNameOrSlug_FindsTheSameListings(string district)
    {
        var body = await GetJsonAsync($"/api/v1/search?{district}");

        Assert.Equal(["Bäckerei Kortmann"], Names(body));
    }

    [Fact]
    public async Task Search_RepeatedCategory_FindsListingsOfEither()
    {
        var body = await GetJsonAsync("/api/v1/search?category=Friseur&category=fahrradladen");

        Assert.Equal(["Salon Haarscharf", "Zweirad Overbeck"], Names(body));
    }

    [Theory]
    [InlineData("feature=card_payment", "Bäckerei Kortmann")]
    [InlineData("feature=DELIVERY", "Zweirad Overbeck")]
    [InlineData("feature=card_payment&feature=wheelchair_accessible", "Bäckerei Kortmann")]
    public async Task Search_FeatureCode_KeepsListingsWithIt(string feature, string expected)
    {
        var body = await GetJsonAsync($"/api/v1/search?{feature}");

        Assert.Equal([expected], Names(body));
    }

    [Theory]
    [InlineData("wheelchair=yes", new[] { "Bäckerei Kortmann" })]
    [InlineData("wheelchair=YES&wheelchair=limited", new[] { "Bäckerei Kortmann", "Zweirad Overbeck" })]
    [InlineData("wheelchair=no", new[] { "Salon Haarscharf" })]
    [InlineData("access=hearing_loop", new[] { "Zweirad Overbeck" })]
    [InlineData("access=seating", new[] { "Bäckerei Kortmann", "Salon Haarscharf" })]
    [InlineData("access=seating&access=wheelchair_toilet", new[] { "Bäckerei Kortmann" })]
    [InlineData("wheelchair=yes&wheelchair=no&access=seating", new[] { "Bäckerei Kortmann", "Salon Haarscharf" })]
    public async Task Search_AccessibilityFilters_WheelchairAnyOfAndFactsAllOf(string filter, string[] expected)
    {
        var body = await GetJsonAsync($"/api/v1/search?{filter}");

        Assert.Equal(expected, Names(body));
    }

    [Fact]
    public async Task Search_AccessibilityFilterWithText_KeepsOnlyMatchingListingsOfTheText()
    {
        var body = await GetJsonAsync("/api/v1/search?q=b%C3%A4ckerei&wheelchair=yes");

        Assert.Equal(["Bäckerei Kortmann"], Names(body));
    }

    [Fact]
    public async Task Search_WithoutOpenAt_EvaluatesOpenNowAtTheClock()
    {
        var hits = Hits(await GetJsonAsync("/api/v1/search?pageSize=100"));

        Assert.True(hits["baeckerei-kortmann"].GetProperty("openNow").GetBoolean());
        Assert.False(hits["zweirad-overbeck"].GetProperty("openNow").GetBoolean());
        // No hours given is not "closed".
        Assert.Equal(JsonValueKind.Null, hits["salon-haarscharf"].GetProperty("openNow").ValueKind);
    }

    [Fact]
    public async Task Search_OpenAt_KeepsOnlyListingsOpenThenAndEvaluatesOpenNowThen()
    {
        // Tuesday 2 June 2026, 14:00 in Bottrop: the bakery of Schmitz closed at noon, Overbeck is open.
        var body = await GetJsonAsync("/api/v1/search?openAt=2026-06-02T14:00:00%2B02:00");

        Assert.Equal(["Bäckerei Kortmann", "Zweirad Overbeck"], Names(body));
        Assert.All(body.GetProperty("hits").EnumerateArray(), h => Assert.True(h.GetProperty("openNow").GetBoolean()));
    }

    [Fact]
    public async Task Search_OpenAtNow_KeepsListingsOpenAtTheClock()
    {
        var body = await GetJsonAsync("/api/v1/search?openAt=now");

        Assert.Equal(["Bäckerei Kortmann", "Backstube Schmitz"], Names(body));
    }

    [Fact]
    public async Task Search_PositionAndDistanceSort_OrdersByDistanceAndReportsIt()
    {
        var body = await GetJsonAsync(string.Create(CultureInfo.InvariantCulture,
            $"/api/v1/search?category=baeckerei&category=fahrradladen&lat={SearchTestApp.NearLat}&lon={SearchTestApp.NearLon}&sort=distance"));

        Assert.Equal(["Bäckerei Kortmann", "Backstube Schmitz", "Zweirad Overbeck"], Names(body));
        var distances = body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("distanceKm").GetDouble()).ToList();
        Assert.True(distances[0] < 0.2, $"Kortmann is {distances[0]} km away");
        Assert.Equal(distances.Order(), distances);
    }

    [Fact]
    public async Task Search_Radius_KeepsListingsWithinIt()
    {
        var body = await GetJsonAsync(string.Create(CultureInfo.InvariantCulture,
            $"/api/v1/search?lat={SearchTestApp.NearLat}&lon={SearchTestApp.NearLon}&radiusKm=2"));

        Assert.Equal(["Bäckerei Kortmann"], Names(body));
    }

    [Fact]
    public async Task Search_PageAndPageSize_ReturnThatSlice()
    {
        var first = await GetJsonAsync("/api/v1/search?category=kiosk&pageSize=4");
        var third = await GetJsonAsync("/api/v1/search?category=kiosk&pageSize=4&page=3");

        Assert.Equal(["Kiosk 01", "Kiosk 02", "Kiosk 03", "Kiosk 04"], Names(first));
        Assert.Equal(["Kiosk 09", "Kiosk 10"], Names(third));
        Assert.Equal(3, third.GetProperty("page").GetInt32());
        Assert.Equal(4, third.GetProperty("pageSize").GetInt32());
        Assert.Equal(SearchTestApp.KioskCount, third.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Search_HostileName_HighlightIsEncodedWithOnlyMarkTags()
    {
        var body = await GetJsonAsync("/api/v1/search?q=alert");

        var hit = Assert.Single(body.GetProperty("hits").EnumerateArray());
        Assert.Equal(SearchTestApp.HostileName, hit.GetProperty("name").GetString());
        var highlight = hit.GetProperty("highlight").GetString()!;
        Assert.Contains("<mark>", highlight, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", highlight, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", highlight, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(highlight.Split("<mark>").Length, highlight.Split("</mark>").Length);
    }

    [Fact]
    public async Task Search_Draft_IsNeverFound()
    {
        var body = await GetJsonAsync("/api/v1/search?q=entwurf");

        Assert.DoesNotContain("Bäckerei Entwurf", Names(body));
    }

    [Theory]
    [InlineData("category=Metzgerei", "category")]
    [InlineData("category=baeckerei&category=atlantis", "category")]
    [InlineData("district=Atlantis", "district")]
    [InlineData("feature=sauna", "feature")]
    [InlineData("openAt=gestern", "openAt")]
    [InlineData("openAt=2026-06-01T10:00:00", "openAt")]
    [InlineData("openAt=2026-06-01", "openAt")]
    [InlineData("lat=91&lon=7", "lat")]
    [InlineData("lat=abc&lon=7", "lat")]
    [InlineData("lat=NaN&lon=7", "lat")]
    [InlineData("lon=6.9", "lat")]
    [InlineData("lat=51.5", "lon")]
    [InlineData("lat=51.5&lon=181", "lon")]
    [InlineData("lat=51.5&lon=-Infinity", "lon")]
    [InlineData("radiusKm=5", "radiusKm")]
    [InlineData("lat=51.5&lon=6.9&radiusKm=0", "radiusKm")]
    [InlineData("lat=51.5&lon=6.9&radiusKm=-1", "radiusKm")]
    [InlineData("lat=51.5&lon=6.9&radiusKm=100.5", "radiusKm")]
    [InlineData("lat=51.5&lon=6.9&radiusKm=Infinity", "radiusKm")]
    [InlineData("sort=popularity", "sort")]
    [InlineData("sort=distance", "sort")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=10001", "page")]
    [InlineData("page=99999999999", "page")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("wheelchair=maybe", "wheelchair")]
    [InlineData("wheelchair=yes&wheelchair=designated", "wheelchair")]
    [InlineData("access=lift", "access")]
    public async Task Search_InvalidParameter_Returns400ProblemNamingIt(string query, string parameter)
    {
        using var client = app.CreateClient();

        var problem = await ReadProblemAsync(await client.GetAsync(new Uri($"/api/v1/search?{query}", UriKind.Relative)), HttpStatusCode.BadRequest);

        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains(parameter, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal([parameter], PropertyNames(problem.GetProperty("errors")));
    }

    [Fact]
    public async Task Search_TooLongQuery_Returns400NamingQ()
    {
        using var client = app.CreateClient();

        var problem = await ReadProblemAsync(await client.GetAsync(new Uri($"/api/v1/search?q={new string('a', 201)}", UriKind.Relative)), HttpStatusCode.BadRequest);

        Assert.Equal(["q"], PropertyNames(problem.GetProperty("errors")));
    }

    [Fact]
    public async Task Search_SeveralInvalidParameters_NamesEach()
    {
        using var client = app.CreateClient();

        var problem = await ReadProblemAsync(
            await client.GetAsync(new Uri("/api/v1/search?category=nope&sort=popularity&pageSize=500&radiusKm=3", UriKind.Relative)),
            HttpStatusCode.BadRequest);

        Assert.Equal(["category", "pageSize", "radiusKm", "sort"], PropertyNames(problem.GetProperty("errors")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Suggest_Prefix_HasTheAgreedShapeAndLeadsToPages()
    {
        var body = await GetJsonAsync("/api/v1/suggest?q=b%C3%A4ck");

        Assert.Equal(["suggestions"], PropertyNames(body));
        var suggestions = body.GetProperty("suggestions").EnumerateArray().ToList();
        Assert.All(suggestions, s => Assert.Equal(["text", "kind", "url"], PropertyNames(s)));
        var items = suggestions.Select(s => (s.GetProperty("text").GetString(), s.GetProperty("kind").GetString(), s.GetProperty("url").GetString())).ToList();
        Assert.Contains(("Bäckerei", "category", "/kategorie/baeckerei"), items);
        Assert.Contains(("Bäckerei Kortmann", "listing", "/b/baeckerei-kortmann"), items);
        Assert.DoesNotContain(items, i => i.Item1 == "Bäckerei Entwurf");
    }

    [Fact]
    public async Task Suggest_DistrictPrefix_LeadsToTheDistrictPage()
    {
        var body = await GetJsonAsync("/api/v1/suggest?q=kirchh");

        Assert.Contains(body.GetProperty("suggestions").EnumerateArray(), s =>
            s.GetProperty("kind").GetString() == "district" && s.GetProperty("url").GetString() == "/stadtteil/kirchhellen");
    }

    [Fact]
    public async Task Suggest_ManyMatches_GivesAtMostEight()
    {
        var body = await GetJsonAsync("/api/v1/suggest?q=kiosk");

        Assert.Equal(8, body.GetProperty("suggestions").GetArrayLength());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?q=")]
    [InlineData("?q=%20%20")]
    public async Task Suggest_NothingTyped_GivesNoSuggestions(string query)
    {
        var body = await GetJsonAsync($"/api/v1/suggest{query}");

        Assert.Equal(0, body.GetProperty("suggestions").GetArrayLength());
    }

    [Fact]
    public async Task Suggest_TooLong_Returns400NamingQ()
    {
        using var client = app.CreateClient();

        var problem = await ReadProblemAsync(await client.GetAsync(new Uri($"/api/v1/suggest?q={new string('b', 101)}", UriKind.Relative)), HttpStatusCode.BadRequest);

        Assert.Equal(["q"], PropertyNames(problem.GetProperty("errors")));
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var client = app.CreateClient();
        return await ReadJsonAsync(await client.GetAsync(new Uri(path, UriKind.Relative)));
    }

    private static List<string?> Names(JsonElement body) =>
        [.. body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("name").GetString())];

    private static Dictionary<string, JsonElement> Hits(JsonElement body) =>
        body.GetProperty("hits").EnumerateArray().ToDictionary(h => h.GetProperty("slug").GetString()!);

    private static List<(string?, long)> Values(JsonElement facet) =>
        [.. facet.EnumerateArray().Select(v => (v.GetProperty("value").GetString(), v.GetProperty("count").GetInt64()))];
}
