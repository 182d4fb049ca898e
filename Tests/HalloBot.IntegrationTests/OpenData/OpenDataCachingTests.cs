using System.Net;
using System.Net.Http.Headers;
using HalloBot.Domain.Listings;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.OpenData;

/// <summary>A site per test: one of them changes a listing.</summary>
public sealed class OpenDataCachingTests : IAsyncLifetime, IDisposable
{
    private readonly DefaultOpenDataApp _app = new();

    public async Task InitializeAsync() => await ((IAsyncLifetime)_app).InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("/api/v1/export/listings.csv")]
    [InlineData("/api/v1/export/listings.geojson")]
    [InlineData("/api/v1/export/dcat.jsonld")]
    public async Task Export_IfNoneMatchWithTheCurrentETag_Returns304WithoutBody(string path)
    {
        using var client = _app.CreateClient();
        var first = await client.GetAsync(new Uri(path, UriKind.Relative));
        var etag = first.Headers.ETag;

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.IfNoneMatch.Add(etag!);
        var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(etag);
        Assert.Equal(new DateTimeOffset(Infrastructure.TestData.CreatedAt), first.Content.Headers.LastModified);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ListingsCsv_IfModifiedSinceTheNewestChange_Returns304()
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/export/listings.csv", UriKind.Relative));
        request.Headers.IfModifiedSince = new DateTimeOffset(Infrastructure.TestData.CreatedAt);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task ListingsCsv_AfterAListingIsWithdrawn_AnswersWithANewVersion()
    {
        using var client = _app.CreateClient();
        var before = await client.GetAsync(new Uri("/api/v1/export/listings.csv", UriKind.Relative));
        await _app.SeedAsync(async db =>
        {
            var listing = await db.Listings.SingleAsync(l => l.Name == OpenDataApp.NoLocationName);
            listing.Status = ListingStatus.Suspended;
        });

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/export/listings.csv", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        var after = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.DoesNotContain(OpenDataApp.NoLocationName, await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
