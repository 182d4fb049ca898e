using HalloBot.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Seo;

/// <summary><c>robots.txt</c> and the sitemap, with absolute URLs from the request's scheme and host.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class SeoController(SitemapWriter sitemap) : Controller
{
    private const string XmlContentType = "application/xml; charset=utf-8";

    [HttpGet("/robots.txt")]
    public ContentResult Robots() =>
        Content($"User-agent: *\nAllow: /\n\nSitemap: {SiteUrl.Root(Request)}/sitemap.xml\n", "text/plain; charset=utf-8");

    [HttpGet("/sitemap.xml")]
    public async Task Sitemap(CancellationToken cancellationToken)
    {
        Response.ContentType = XmlContentType;
        await sitemap.WriteRootAsync(Response.Body, SiteUrl.Root(Request), cancellationToken);
    }

    [HttpGet("/sitemap-seiten.xml")]
    public async Task SitemapPages(CancellationToken cancellationToken)
    {
        Response.ContentType = XmlContentType;
        await sitemap.WritePagesAsync(Response.Body, SiteUrl.Root(Request), cancellationToken);
    }

    [HttpGet("/sitemap-eintraege-{file:int}.xml")]
    public async Task<IActionResult> SitemapListings(int file, CancellationToken cancellationToken)
    {
        // Buffered so that a file number out of range can still answer 404 before anything is sent.
        using var buffer = new MemoryStream();
        return await sitemap.TryWriteListingsAsync(buffer, SiteUrl.Root(Request), file, cancellationToken)
            ? File(buffer.ToArray(), XmlContentType)
            : NotFound();
    }
}
