using System.Text.Json;
using AngleSharp.Html.Parser;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace HalloBot.IntegrationTests.Pages;

/// <summary>
/// With <c>HalloBot:PublicBaseUrl</c> set, absolute links name the office's address, not the Host header the client
/// sent (behind a proxy with <c>AllowedHosts: *</c> a client could otherwise plant its own host in them).
/// </summary>
public sealed class PublicBaseUrlTests(PublicBaseUrlTests.PublicSite app) : IClassFixture<PublicBaseUrlTests.PublicSite>
{
    private const string PublicRoot = "https://hallo-bot.bottrop.de";
    private readonly PublicSite _app = app;

    [Fact]
    public async Task ListingPage_ForeignHostHeader_CanonicalAndOpenGraphUseThePublicAddress()
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/b/" + PagesSeed.BakerySlug);
        request.Headers.Host = "evil.example";

        using var response = await client.SendAsync(request);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        var expected = $"{PublicRoot}/b/{PagesSeed.BakerySlug}";
        Assert.Equal(expected, document.QuerySelector("link[rel='canonical']")?.GetAttribute("href"));
        Assert.Equal(expected, document.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
    }

    [Fact]
    public async Task ApiAndSitemap_ForeignHostHeader_LinkToThePublicAddress()
    {
        using var client = _app.CreateClient();

        var listings = await GetAsync(client, "/api/v1/listings?pageSize=5");
        var sitemap = await GetAsync(client, "/robots.txt");

        using var json = JsonDocument.Parse(listings);
        var urls = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("url").GetString()!).ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.StartsWith(PublicRoot + "/b/", url, StringComparison.Ordinal));
        Assert.Contains($"Sitemap: {PublicRoot}/sitemap.xml", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", listings + sitemap, StringComparison.Ordinal);
    }

    private static async Task<string> GetAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "evil.example";
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The site with the office's address configured (with a trailing slash, as people write it).</summary>
    public sealed class PublicSite : HalloBotAppFactory, IAsyncLifetime
    {
        public Task InitializeAsync() => SeedAsync(db => PagesSeed.WriteAsync(db, PagesSite.Now.UtcDateTime));

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("HalloBot:PublicBaseUrl", PublicRoot + "/");
        }
    }
}
