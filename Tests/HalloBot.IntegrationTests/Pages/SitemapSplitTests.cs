using System.Xml.Linq;
using HalloBot.Domain.Persistence;
using HalloBot.Web.Features.Seo;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.IntegrationTests.Pages;

/// <summary>The split into several files that a directory of more than 45,000 listings needs, shown with files of ten.</summary>
[Collection(PagesCollection.Name)]
public sealed class SitemapSplitTests(PagesSite site)
{
    private const string Root = "https://hallo-bot.example";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task WriteRootAsync_MoreListingsThanOneFileHolds_WritesIndexOfPagesAndListingFiles()
    {
        var xml = await WriteAsync((writer, stream) => writer.WriteRootAsync(stream, Root, CancellationToken.None));

        Assert.Equal(Sitemap + "sitemapindex", xml.Root?.Name);
        // 36 published listings in files of ten: four files.
        Assert.Equal(
            [$"{Root}/sitemap-seiten.xml", $"{Root}/sitemap-eintraege-1.xml", $"{Root}/sitemap-eintraege-2.xml", $"{Root}/sitemap-eintraege-3.xml", $"{Root}/sitemap-eintraege-4.xml"],
            xml.Root!.Elements(Sitemap + "sitemap").Select(s => s.Element(Sitemap + "loc")!.Value));
    }

    [Fact]
    public async Task TryWriteListingsAsync_EveryFile_TogetherListEachPublishedListingOnce()
    {
        var listings = new List<string>();
        for (var file = 1; file <= 4; file++)
        {
            var xml = await WriteAsync((writer, stream) => writer.TryWriteListingsAsync(stream, Root, file, CancellationToken.None));
            listings.AddRange(xml.Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value));
        }

        Assert.Equal(4 + PagesSeed.KioskCount, listings.Count);
        Assert.Equal(listings.Count, listings.Distinct().Count());
        Assert.All(listings, l => Assert.StartsWith($"{Root}/b/", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TryWriteListingsAsync_FilePastTheLast_WritesNothing()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var writer = new SitemapWriter(scope.ServiceProvider.GetRequiredService<HalloBotDbContext>(), 10);
        using var stream = new MemoryStream();

        Assert.False(await writer.TryWriteListingsAsync(stream, Root, 5, CancellationToken.None));
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public async Task WritePagesAsync_Always_ListsHomeCategoriesAndDistrictsWithListings()
    {
        var xml = await WriteAsync((writer, stream) => writer.WritePagesAsync(stream, Root, CancellationToken.None));

        Assert.Equal(
            [$"{Root}/", $"{Root}/kategorie/baeckerei", $"{Root}/kategorie/cafe", $"{Root}/kategorie/kiosk", $"{Root}/stadtteil/eigen", $"{Root}/stadtteil/kirchhellen", $"{Root}/stadtteil/stadtmitte"],
            xml.Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value));
    }

    private async Task<XDocument> WriteAsync(Func<SitemapWriter, Stream, Task> write)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var writer = new SitemapWriter(scope.ServiceProvider.GetRequiredService<HalloBotDbContext>(), 10);
        using var stream = new MemoryStream();
        await write(writer, stream);
        stream.Position = 0;
        return XDocument.Load(stream);
    }
}
