using System.Net;
using System.Text.Json;

namespace HalloBot.IntegrationTests.OpenData;

public sealed class OpenDataGeoJsonTests(DefaultOpenDataApp app) : IClassFixture<DefaultOpenDataApp>
{
    [Fact]
    public async Task ListingsGeoJson_Default_IsAFeatureCollectionOfPublishedListingsWithLongitudeFirst()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri("/api/v1/export/listings.geojson", UriKind.Relative));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("hallo-bot-unternehmen-bottrop.geojson", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var features = root.GetProperty("features").EnumerateArray().ToList();
        // The listing without a location is left out; drafts, reviews and suspended ones never appear.
        Assert.Equal([OpenDataApp.BakeryName, "Zweirad Schmidt"],
            features.Select(f => f.GetProperty("properties").GetProperty("name").GetString()).Order());
        var bakery = features.Single(f => f.GetProperty("properties").GetProperty("name").GetString() == OpenDataApp.BakeryName);
        Assert.Equal("Feature", bakery.GetProperty("type").GetString());
        Assert.Equal("Point", bakery.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal([OpenDataApp.BakeryLongitude, OpenDataApp.BakeryLatitude],
            bakery.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        var properties = bakery.GetProperty("properties");
        Assert.Equal(
            ["name", "categories", "street", "postal_code", "city", "district", "phone", "website", "opening_hours", "features", "wheelchair"],
            properties.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["Bäckerei", "Café"], properties.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("Mo-Fr 08:00-18:00; Sa 08:00-13:00; Su,PH off", properties.GetProperty("opening_hours").GetString());
        Assert.Equal(["card_payment", "wheelchair_accessible"], properties.GetProperty("features").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("limited", properties.GetProperty("wheelchair").GetString());
    }

    [Fact]
    public async Task ListingsGeoJson_EveryFeature_FollowsRfc7946()
    {
        using var client = app.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/export/listings.geojson", UriKind.Relative)));

        Assert.Empty(GeoJsonRules.Violations(document.RootElement));
    }
}
