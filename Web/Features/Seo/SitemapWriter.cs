using System.Globalization;
using System.Text;
using System.Xml;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using HalloBot.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Seo;

/// <summary>
/// Writes <c>sitemap.xml</c> straight to the response. The protocol allows 50,000 URLs per file, so a
/// large directory gets a sitemap index pointing to the general pages and to numbered listing files.
/// </summary>
public sealed class SitemapWriter
{
    /// <summary>Below the protocol's 50,000 so the general pages always fit beside the listings.</summary>
    public const int DefaultListingsPerFile = 45_000;
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly XmlWriterSettings Settings = new()
    {
        Async = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
    };

    private readonly HalloBotDbContext _db;
    private readonly int _listingsPerFile;

    public SitemapWriter(HalloBotDbContext db)
        : this(db, DefaultListingsPerFile)
    {
    }

    /// <summary>For tests: splitting into files shows with a handful of listings.</summary>
    internal SitemapWriter(HalloBotDbContext db, int listingsPerFile)
    {
        _db = db;
        _listingsPerFile = listingsPerFile;
    }

    /// <summary>The whole site in one file, or the index when the listings need several files.</summary>
    public async Task WriteRootAsync(Stream output, string siteRoot, CancellationToken cancellationToken)
    {
        var listingCount = await PublishedListings().CountAsync(cancellationToken);
        if (listingCount <= _listingsPerFile)
        {
            await WriteUrlSetAsync(output, async xml =>
            {
                await WritePagesAsync(xml, siteRoot, cancellationToken);
                await WriteListingsAsync(xml, siteRoot, PublishedListings(), cancellationToken);
            });
            return;
        }

        await using var writer = XmlWriter.Create(output, Settings);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "sitemapindex", Namespace);
        await WriteSitemapReferenceAsync(writer, $"{siteRoot}/sitemap-seiten.xml");
        for (var file = 1; file <= (listingCount + _listingsPerFile - 1) / _listingsPerFile; file++)
        {
            await WriteSitemapReferenceAsync(writer, $"{siteRoot}/sitemap-eintraege-{file}.xml");
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
    }

    public Task WritePagesAsync(Stream output, string siteRoot, CancellationToken cancellationToken) =>
        WriteUrlSetAsync(output, xml => WritePagesAsync(xml, siteRoot, cancellationToken));

    /// <summary>The listings of file <paramref name="file"/> (1-based); false when there is no such file.</summary>
    public async Task<bool> TryWriteListingsAsync(Stream output, string siteRoot, int file, CancellationToken cancellationToken)
    {
        var listingCount = await PublishedListings().CountAsync(cancellationToken);
        if (file < 1 || listingCount <= _listingsPerFile || file > (listingCount + _listingsPerFile - 1) / _listingsPerFile)
        {
            return false;
        }

        var listings = PublishedListings().Skip((file - 1) * _listingsPerFile).Take(_listingsPerFile);
        await WriteUrlSetAsync(output, xml => WriteListingsAsync(xml, siteRoot, listings, cancellationToken));
        return true;
    }

    private IQueryable<Listing> PublishedListings() =>
        _db.Listings.AsNoTracking().Where(l => l.Status == ListingStatus.Published).OrderBy(l => l.Id);

    private static async Task WriteUrlSetAsync(Stream output, Func<XmlWriter, Task> writeUrls)
    {
        await using var writer = XmlWriter.Create(output, Settings);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "urlset", Namespace);
        await writeUrls(writer);
        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
    }

    private async Task WritePagesAsync(XmlWriter xml, string siteRoot, CancellationToken cancellationToken)
    {
        await WriteUrlAsync(xml, $"{siteRoot}/", null);
        var categorySlugs = await _db.Categories.AsNoTracking()
            .Where(c => _db.Set<ListingCategory>().Any(lc => lc.CategoryId == c.Id && lc.Listing.Status == ListingStatus.Published))
            .OrderBy(c => c.Slug)
            .Select(c => c.Slug)
            .ToListAsync(cancellationToken);
        foreach (var slug in categorySlugs)
        {
            await WriteUrlAsync(xml, SiteUrl.Category(siteRoot, slug), null);
        }

        var districtSlugs = await _db.Districts.AsNoTracking()
            .Where(d => _db.Listings.Any(l => l.DistrictId == d.Id && l.Status == ListingStatus.Published))
            .OrderBy(d => d.Slug)
            .Select(d => d.Slug)
            .ToListAsync(cancellationToken);
        foreach (var slug in districtSlugs)
        {
            await WriteUrlAsync(xml, SiteUrl.District(siteRoot, slug), null);
        }
    }

    private static async Task WriteListingsAsync(XmlWriter xml, string siteRoot, IQueryable<Listing> listings, CancellationToken cancellationToken)
    {
        await foreach (var listing in listings.Select(l => new { l.Slug, l.UpdatedAt }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await WriteUrlAsync(xml, SiteUrl.Listing(siteRoot, listing.Slug), listing.UpdatedAt);
        }
    }

    private static async Task WriteUrlAsync(XmlWriter xml, string location, DateTime? lastModifiedUtc)
    {
        await xml.WriteStartElementAsync(null, "url", Namespace);
        await xml.WriteElementStringAsync(null, "loc", Namespace, location);
        if (lastModifiedUtc is { } modified)
        {
            await xml.WriteElementStringAsync(null, "lastmod", Namespace, modified.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        await xml.WriteEndElementAsync();
    }

    private static async Task WriteSitemapReferenceAsync(XmlWriter xml, string location)
    {
        await xml.WriteStartElementAsync(null, "sitemap", Namespace);
        await xml.WriteElementStringAsync(null, "loc", Namespace, location);
        await xml.WriteEndElementAsync();
    }
}
