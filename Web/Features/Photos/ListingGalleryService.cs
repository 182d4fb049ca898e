using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using HalloBot.Domain.Media;
using HalloBot.Domain.Persistence;
using HalloBot.Jobs.Images;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Photos;

/// <summary>Reads what the public listing page shows of its photos: ready ones with an alt text, cover first, then in order.</summary>
public sealed class ListingGalleryService(HalloBotDbContext db, PhotoUrls urls)
{
    // As the listing page's own JSON-LD: umlauts readable, < > & ' " always escaped.
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public async Task<ListingGallery> LoadAsync(int listingId, CancellationToken cancellationToken)
    {
        var photos = await db.ListingPhotos.AsNoTracking()
            .Where(p => p.ListingId == listingId && p.Status == PhotoStatus.Ready && p.AltText != "" && p.Width != null && p.Height != null)
            .OrderByDescending(p => p.IsCover).ThenBy(p => p.Position).ThenBy(p => p.Id)
            .Select(p => new { p.StorageKey, p.AltText, Width = p.Width!.Value, Height = p.Height!.Value })
            .ToListAsync(cancellationToken);
        if (photos.Count == 0)
        {
            return ListingGallery.Empty;
        }

        return new ListingGallery(photos.Select(p =>
        {
            var (pageWidth, pageHeight) = urls.SizeOf(ImageVariantSize.Page, p.Width, p.Height);
            return new GalleryPhoto(
                p.AltText,
                urls.SrcSet(p.StorageKey, ImageVariantFormat.Webp, p.Width, p.Height),
                urls.SrcSet(p.StorageKey, ImageVariantFormat.Jpeg, p.Width, p.Height),
                urls.Url(p.StorageKey, ImageVariantSize.Page, ImageVariantFormat.Jpeg),
                urls.Url(p.StorageKey, ImageVariantSize.FullScreen, ImageVariantFormat.Jpeg),
                pageWidth,
                pageHeight);
        }).ToList());
    }

    /// <summary>The listing's JSON-LD with the cover as its <c>image</c>; unchanged without photos.</summary>
    public static string WithImage(string jsonLd, ListingGallery gallery, string siteRoot)
    {
        if (gallery.CoverPath is not { } cover || JsonNode.Parse(jsonLd) is not JsonObject business)
        {
            return jsonLd;
        }

        business["image"] = siteRoot.TrimEnd('/') + cover;
        return business.ToJsonString(JsonOptions);
    }
}
