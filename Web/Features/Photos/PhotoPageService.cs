using HalloBot.Domain.Media;
using HalloBot.Domain.Persistence;
using HalloBot.Jobs.Images;
using HalloBot.Web.Features.Business;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Features.Photos;

/// <summary>Reads a listing's photos for the member's page, the list fragment and the status poll.</summary>
public sealed class PhotoPageService(HalloBotDbContext db, PhotoUrls urls, PhotoTexts texts, IOptions<ImagePipelineOptions> pipeline)
{
    /// <summary>Files in one upload: the request limit is this many times 16 MB.</summary>
    public const int MaxFilesPerUpload = 10;

    /// <summary>The page, or null when there is no such listing.</summary>
    public async Task<PhotoPageModel?> PageAsync(int listingId, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.AsNoTracking()
            .Where(l => l.Id == listingId)
            .Select(l => new ListingHeader(l.Id, l.Name, l.Slug, l.Status))
            .FirstOrDefaultAsync(cancellationToken);
        if (listing is null)
        {
            return null;
        }

        var rows = await RowsAsync(listingId, cancellationToken);
        return new PhotoPageModel(listing, rows, Limits(rows.Count));
    }

    public async Task<PhotoStatusResponse> StatusAsync(int listingId, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(listingId, cancellationToken);
        var items = rows.Select(r => new PhotoStatusItem(
                r.Id,
                r.FileName,
                r.Status.ToString().ToLowerInvariant(),
                r.StatusText,
                r.RejectionText,
                r.Thumbnail?.Url,
                r.Thumbnail?.Width,
                r.Thumbnail?.Height,
                r.AltText))
            .ToList();
        return new PhotoStatusResponse(items, rows.Any(r => r.Status == PhotoStatus.Processing));
    }

    public PhotoLimits Limits(int photoCount) =>
        new(MaxFilesPerUpload, pipeline.Value.MaxBytes, ListingPhoto.MaxPerListing, Math.Max(0, ListingPhoto.MaxPerListing - photoCount));

    private async Task<IReadOnlyList<PhotoRow>> RowsAsync(int listingId, CancellationToken cancellationToken)
    {
        var photos = await db.ListingPhotos.AsNoTracking()
            .Where(p => p.ListingId == listingId)
            .OrderBy(p => p.Position).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);
        return photos.Select((p, i) => new PhotoRow(
                p.Id,
                p.Status,
                texts.Status(p.Status),
                p.AltText,
                p.IsCover,
                p.OriginalFileName,
                Thumbnail(p),
                p.Status == PhotoStatus.Rejected ? texts.Rejection(p.RejectionReason) : null,
                i == 0,
                i == photos.Count - 1))
            .ToList();
    }

    private PhotoThumbnail? Thumbnail(ListingPhoto photo)
    {
        if (photo is not { Status: PhotoStatus.Ready, Width: { } width, Height: { } height })
        {
            return null;
        }

        var (listWidth, listHeight) = urls.SizeOf(ImageVariantSize.List, width, height);
        return new PhotoThumbnail(urls.Url(photo.StorageKey, ImageVariantSize.List, ImageVariantFormat.Jpeg), listWidth, listHeight);
    }
}
