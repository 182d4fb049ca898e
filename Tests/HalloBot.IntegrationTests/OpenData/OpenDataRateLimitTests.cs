using System.Net;
using System.Text.Json;

namespace HalloBot.IntegrationTests.OpenData;

/// <summary>
/// Each download streams every published listing: a client fetching them in a loop gets 429 with a problem+json that
/// says when to come back, while the dataset's cheap description stays unlimited.
/// </summary>
public sealed class OpenDataRateLimitTests : IAsyncLifetime, IDisposable
{
    private readonly LimitedOpenDataApp _app = new();

    public async Task InitializeAsync() => await ((IAsyncLifetime)_app).InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Downloads_OverTheLimit_429ProblemWithRetryAfterAndDescriptionStillServed()
    {
        using var client = _app.CreateClient();

        var csv = await client.GetAsync(new Uri("/api/v1/export/listings.csv", UriKind.Relative));
        var geoJson = await client.GetAsync(new Uri("/api/v1/export/listings.geojson", UriKind.Relative));
        var third = await client.GetAsync(new Uri("/api/v1/export/listings.csv", UriKind.Relative));
        var description = await client.GetAsync(new Uri("/api/v1/export/dcat.jsonld", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal(HttpStatusCode.OK, geoJson.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await third.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("Try again in", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, description.StatusCode);
    }
}
