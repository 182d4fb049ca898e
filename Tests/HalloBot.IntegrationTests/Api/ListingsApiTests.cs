using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using HalloBot.IntegrationTests.Infrastructure;
using static HalloBot.IntegrationTests.Api.JsonAssert;

namespace HalloBot.IntegrationTests.Api;

[Collection(ApiCollection.Name)]
public sealed class ListingsApiTests(ApiTestApp app)
{
    private const string Wednesday10 = "2026-06-03T10:00:00%2B02:00";

    [Fact]
    public async Task GetBySlug_PublishedListing_ReturnsEveryPublicFieldByName()
    {
        using var client = app.CreateClient();

        var listing = await ReadJsonAsync(await client.GetAsync($"/api/v1/listings/baeckerei-mueller-kirchhellen?at={Wednesday10}"));

        Assert.Equal(
            ["slug", "externalId", "name", "categories", "district", "description", "address", "location", "phone", "email",
             "website", "keywords", "features", "url", "updatedAt", "openingHours", "openStatus"],
            PropertyNames(listing));
        Assert.Equal("baeckerei-mueller-kirchhellen", listing.GetProperty("slug").GetString());
        Assert.Equal("WF-0001", listing.GetProperty("externalId").GetString());
        Assert.Equal("Bäckerei Müller", listing.GetProperty("name").GetString());
        Assert.Equal(["Café", "Bäckerei"], listing.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("Kirchhellen", listing.GetProperty("district").GetString());
        Assert.Equal("Handwerksbäckerei seit 1898.\nSonntags geschlossen.", listing.GetProperty("description").GetString());
        var address = listing.GetProperty("address");
        Assert.Equal(["street", "postalCode", "city"], PropertyNames(address));
        Assert.Equal("Hansastraße 12", address.GetProperty("street").GetString());
        Assert.Equal("46236", address.GetProperty("postalCode").GetString());
        Assert.Equal("Bottrop", address.GetProperty("city").GetString());
        var location = listing.GetProperty("location");
        Assert.Equal(["lat", "lon"], PropertyNames(location));
        Assert.Equal(51.604, location.GetProperty("lat").GetDouble());
        Assert.Equal(6.9178, location.GetProperty("lon").GetDouble());
        Assert.Equal("02045 123456", listing.GetProperty("phone").GetString());
        Assert.Equal("info@baeckerei-mueller.example", listing.GetProperty("email").GetString());
        Assert.Equal("https://baeckerei-mueller.example/", listing.GetProperty("website").GetString());
        Assert.Equal(["Brötchen", "Torten"], listing.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(["delivery", "click_and_collect", "card_payment"], listing.GetProperty("features").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("http://localhost/b/baeckerei-mueller-kirchhellen", listing.GetProperty("url").GetString());
        Assert.Equal("2026-05-01T09:30:00Z", listing.GetProperty("updatedAt").GetString());
        Assert.Equal("Mo-Fr 08:00-18:00; Sa 08:00-13:00; Su,PH off", listing.GetProperty("openingHours").GetString());
        var status = listing.GetProperty("openStatus");
        Assert.Equal(["open", "unknown", "comment", "nextChange"], PropertyNames(status));
        Assert.True(status.GetProperty("open").GetBoolean());
        Assert.False(status.GetProperty("unknown").GetBoolean());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("comment").ValueKind);
        Assert.Equal("2026-06-03T18:00:00+02:00", status.GetProperty("nextChange").GetString());
    }

    [Fact]
    public async Task GetBySlug_ListingWithoutHoursOrLocation_GivesNullsNotMissingMembers()
    {
        using var client = app.CreateClient();

        var listing = await ReadJsonAsync(await client.GetAsync("/api/v1/listings/zweirad-schmidt"));

        Assert.Equal(17, PropertyNames(listing).Length);
        foreach (var name in new[] { "location", "phone", "email", "website", "openingHours", "openStatus" })
        {
            Assert.Equal(JsonValueKind.Null, listing.GetProperty(name).ValueKind);
        }

        Assert.Equal(JsonValueKind.Array, listing.GetProperty("keywords").ValueKind);
        Assert.Empty(listing.GetProperty("features").EnumerateArray());
    }

    [Fact]
    public async Task GetBySlug_NoAt_EvaluatesAtTheSiteClock()
    {
        using var client = app.CreateClient();

        // The site clock stands at Monday 1 June 2026, 10:00 in Bottrop.
        var listing = await ReadJsonAsync(await client.GetAsync("/api/v1/listings/baeckerei-mueller-kirchhellen"));

        var status = listing.GetProperty("openStatus");
        Assert.True(status.GetProperty("open").GetBoolean());
        Assert.Equal("2026-06-01T18:00:00+02:00", status.GetProperty("nextChange").GetString());
    }

    [Theory]
    [InlineData("entwurf-laden")]
    [InlineData("pruefung-laden")]
    [InlineData("gesperrt-apotheke")]
    [InlineData("gibt-es-nicht")]
    public async Task GetBySlug_NotPublishedOrUnknown_Returns404Problem(string slug)
    {
        using var client = app.CreateClient();

        var problem = await ReadProblemAsync(await client.GetAsync($"/api/v1/listings/{slug}"), HttpStatusCode.NotFound);

        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.Contains("slug", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetBySlug_FormerSlug_RedirectsPermanentlyToCurrentApiUrlKeepingQuery()
    {
        using var client = app.CreateNonRedirectingClient();

        using var response = await client.GetAsync($"/api/v1/listings/baeckerei-mueller?at={Wednesday10}");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/api/v1/listings/baeckerei-mueller-kirchhellen?at={Wednesday10}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task List_ByExternalId_ReturnsOnlyThatPublishedListing()
    {
        using var client = app.CreateClient();

        var page = await ReadJsonAsync(await client.GetAsync($"/api/v1/listings?externalId=WF-0001&at={Wednesday10}"));

        Assert.Equal(["total", "items"], PropertyNames(page));
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("baeckerei-mueller-kirchhellen", item.GetProperty("slug").GetString());
        var single = await ReadJsonAsync(await client.GetAsync($"/api/v1/listings/baeckerei-mueller-kirchhellen?at={Wednesday10}"));
        Assert.Equal(single.GetRawText(), item.GetRawText());
    }

    [Theory]
    [InlineData("WF-0002")] // a draft
    [InlineData("WF-9999")]
    [InlineData("wf-0001")] // ids are exact
    public async Task List_ByExternalIdOfNoPublishedListing_ReturnsEmptyPage(string externalId)
    {
        using var client = app.CreateClient();

        var page = await ReadJsonAsync(await client.GetAsync($"/api/v1/listings?externalId={externalId}"));

        Assert.Equal(0, page.GetProperty("total").GetInt32());
        Assert.Empty(page.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task List_Pages_CoverEveryPublishedListingOnceInNameThenIdOrder()
    {
        using var client = app.CreateClient();
        var ids = await app.QueryAsync(db => db.Listings.Where(l => l.Name == "Zweirad Schmidt").OrderBy(l => l.Id).Select(l => l.Slug).ToListAsync());

        var slugs = new List<string>();
        for (var page = 1; page <= 4; page++)
        {
            var body = await ReadJsonAsync(await client.GetAsync($"/api/v1/listings?page={page}&pageSize=4&at={Wednesday10}"));
            Assert.Equal(ApiTestApp.PublishedCount, body.GetProperty("total").GetInt32());
            var items = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!).ToList();
            Assert.Equal(page switch { 1 or 2 => 4, 3 => 3, _ => 0 }, items.Count);
            slugs.AddRange(items);
        }

        Assert.Equal(
            ["baeckerei-mueller-kirchhellen", "club-nachtschicht", "fruehschicht", "hofladen-offen", "hofladen-termin",
             "kiosk-feiertag", "nachtbar-eule", "tankstelle-nord", "weihnachtsstand", .. ids],
            slugs);
    }

    [Fact]
    public async Task List_Defaults_FirstPageOfTwenty()
    {
        using var client = app.CreateClient();

        var body = await ReadJsonAsync(await client.GetAsync($"/api/v1/listings?at={Wednesday10}"));

        Assert.Equal(ApiTestApp.PublishedCount, body.GetProperty("total").GetInt32());
        Assert.Equal(ApiTestApp.PublishedCount, body.GetProperty("items").GetArrayLength());
        Assert.DoesNotContain(body.GetProperty("items").EnumerateArray(), i => i.GetProperty("slug").GetString() == "entwurf-laden");
    }

    [Fact]
    public async Task List_HugePageNumber_ReturnsEmptyPageWithTotal()
    {
        using var client = app.CreateClient();

        var body = await ReadJsonAsync(await client.GetAsync($"/api/v1/listings?page={int.MaxValue}&pageSize=100"));

        Assert.Equal(ApiTestApp.PublishedCount, body.GetProperty("total").GetInt32());
        Assert.Empty(body.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task List_PageSizeAtLimits_Accepted()
    {
        using var client = app.CreateClient();

        var one = await ReadJsonAsync(await client.GetAsync($"/api/v1/listings?pageSize=1&at={Wednesday10}"));
        var hundred = await ReadJsonAsync(await client.GetAsync($"/api/v1/listings?pageSize=100&at={Wednesday10}"));

        Assert.Equal(1, one.GetProperty("items").GetArrayLength());
        Assert.Equal(ApiTestApp.PublishedCount, hundred.GetProperty("items").GetArrayLength());
    }
}
