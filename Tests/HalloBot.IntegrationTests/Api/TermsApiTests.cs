using static HalloBot.IntegrationTests.Api.JsonAssert;

namespace HalloBot.IntegrationTests.Api;

[Collection(ApiCollection.Name)]
public sealed class TermsApiTests(ApiTestApp app)
{
    [Fact]
    public async Task Categories_All_InGermanOrderWithPublishedCounts()
    {
        using var client = app.CreateClient();

        var categories = await ReadJsonAsync(await client.GetAsync("/api/v1/categories"));

        Assert.All(categories.EnumerateArray(), c => Assert.Equal(["name", "slug", "count"], PropertyNames(c)));
        Assert.Equal(
            [("Apotheke", "apotheke", 0), ("Ärzte", "aerzte", 0), ("Bäckerei", "baeckerei", 1), ("Café", "cafe", 9), ("Fahrradladen", "fahrradladen", 2)],
            categories.EnumerateArray().Select(c => (c.GetProperty("name").GetString(), c.GetProperty("slug").GetString(), c.GetProperty("count").GetInt32())));
    }

    [Fact]
    public async Task Districts_All_InGermanOrderWithPublishedCounts()
    {
        using var client = app.CreateClient();

        var districts = await ReadJsonAsync(await client.GetAsync("/api/v1/districts"));

        Assert.All(districts.EnumerateArray(), d => Assert.Equal(["name", "slug", "count"], PropertyNames(d)));
        Assert.Equal(
            [("Grafenwald", "grafenwald", 0), ("Kirchhellen", "kirchhellen", 1), ("Stadtmitte", "stadtmitte", 2)],
            districts.EnumerateArray().Select(d => (d.GetProperty("name").GetString(), d.GetProperty("slug").GetString(), d.GetProperty("count").GetInt32())));
    }
}
