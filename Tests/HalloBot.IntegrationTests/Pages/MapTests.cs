using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace HalloBot.IntegrationTests.Pages;

/// <summary>The listing's map: nothing from the tile server until the resident asks, and the office's tile server only.</summary>
[Collection(PagesCollection.Name)]
public sealed class MapTests(PagesSite site)
{
    [Fact]
    public async Task Show_ListingWithPosition_OffersMapButLoadsNoTileAndLinksToOpenStreetMap()
    {
        var (_, document) = await site.GetPageAsync("/b/" + PagesSeed.BakerySlug);

        var map = document.QuerySelector("[data-map]");
        Assert.NotNull(map);
        Assert.Equal("https://tile.openstreetmap.org/{z}/{x}/{y}.png", map.GetAttribute("data-tiles"));
        Assert.Equal("51.6", map.GetAttribute("data-lat"));
        Assert.Equal("6.93", map.GetAttribute("data-lon"));
        Assert.Contains("tile.openstreetmap.org", map.TextContent, StringComparison.Ordinal);
        // No image, script or style of another origin on the page before the resident asks.
        Assert.Empty(document.QuerySelectorAll("img[src^='http'], script[src^='http'], link[href^='http'][rel='stylesheet']"));
        var link = document.QuerySelector(".map a[href^='https://www.openstreetmap.org/?mlat=51.6&mlon=6.93']");
        Assert.NotNull(link);
        Assert.Equal("© OpenStreetMap-Mitwirkende", document.QuerySelector(".map__attribution a")?.TextContent);
    }

    [Fact]
    public async Task Show_ListingWithoutPosition_HasNoMap()
    {
        var (_, document) = await site.GetPageAsync("/b/" + PagesSeed.ClosedSlug);

        Assert.NotNull(document.QuerySelector("h1"));
        Assert.Null(document.QuerySelector(".map"));
    }

    [Theory]
    [InlineData("http://tiles.example.org/{z}/{x}/{y}.png")]
    [InlineData("https://tiles.example.org/{z}/{x}.png")]
    [InlineData("kein Link")]
    public async Task Start_BadTileTemplate_FailsNamingTheSetting(string template)
    {
        await using var app = new ConfiguredApp("HalloBot:Map:TileUrlTemplate", template);

        var thrown = Assert.ThrowsAny<Exception>(() => app.Services);

        // The security headers read the map's options too, so start-up may report the same failure twice, wrapped.
        var failures = thrown is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [thrown];
        Assert.NotEmpty(failures);
        Assert.All(failures, failure =>
        {
            var validation = Assert.IsType<OptionsValidationException>(failure);
            Assert.Contains("HalloBot:Map:TileUrlTemplate", validation.Message, StringComparison.Ordinal);
        });
        await Task.CompletedTask;
    }

    private sealed class ConfiguredApp(string key, string value) : HalloBotAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(key, value);
        }
    }
}
