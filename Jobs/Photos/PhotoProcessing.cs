using HalloBot.Domain.Media;
using HalloBot.Domain.Persistence;
using HalloBot.Jobs.Images;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HalloBot.Jobs.Photos;

/// <summary>
/// The photo job's work on the database: idempotent, so a second, late or concurrent run is harmless. A photo that is
/// ready or rejected is left alone; a photo deleted meanwhile leaves nothing behind.
/// </summary>
public sealed partial class PhotoProcessing(
    HalloBotDbContext db,
    PhotoVariantProcessor processor,
    IMediaStore store,
    TimeProvider timeProvider,
    ILogger<PhotoProcessing> logger)
{
    /// <summary>Reason code when the original is gone although the photo waits for processing (a lost media folder).</summary>
    public const string OriginalMissing = "OriginalMissing";

    public async Task ProcessAsync(int photoId, CancellationToken cancellationToken)
    {
        var photo = await db.ListingPhotos.SingleOrDefaultAsync(p => p.Id == photoId, cancellationToken);
        if (photo is not { Status: PhotoStatus.Processing })
        {
            return;
        }

        ImageProcessingResult result;
        try
        {
            result = await processor.ProcessAsync(photo.StorageKey, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            if (!await StillExistsAsync(photoId, cancellationToken))
            {
                return;
            }

            LogOriginalMissing(logger, photoId);
            photo.MarkRejected(OriginalMissing, timeProvider.GetUtcNow().UtcDateTime);
            await PassOnCoverAsync(photo, cancellationToken);
            await SaveAsync(photo, cancellationToken);
            return;
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        if (result.IsAccepted)
        {
            var full = result.Variants.First(v => v.Size == ImageVariantSize.FullScreen);
            photo.MarkReady(full.Width, full.Height, now);
        }
        else
        {
            LogRejected(logger, photoId, result.Rejection.Reason, result.Rejection.Detail);
            photo.MarkRejected(result.Rejection.Reason.ToString(), now);
            await PassOnCoverAsync(photo, cancellationToken);
        }

        await SaveAsync(photo, cancellationToken);
    }

    /// <summary>Saves the verdict; when the member deleted the photo while it was processed, removes what the run wrote.</summary>
    private async Task SaveAsync(ListingPhoto photo, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            store.DeleteVariants(photo.StorageKey);
            store.DeleteOriginal(photo.StorageKey);
        }
    }

    /// <summary>A refused photo cannot be the cover: the listing's next photo that is not refused becomes it, in the same save.</summary>
    private async Task PassOnCoverAsync(ListingPhoto rejected, CancellationToken cancellationToken)
    {
        if (!rejected.IsCover)
        {
            return;
        }

        rejected.IsCover = false;
        var next = await db.ListingPhotos
            .Where(p => p.ListingId == rejected.ListingId && p.Id != rejected.Id && p.Status != PhotoStatus.Rejected)
            .OrderBy(p => p.Position).ThenBy(p => p.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (next is not null)
        {
            next.IsCover = true;
        }
    }

    private Task<bool> StillExistsAsync(int photoId, CancellationToken cancellationToken) =>
        db.ListingPhotos.AsNoTracking().AnyAsync(p => p.Id == photoId, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Photo {PhotoId} was rejected: {Reason} ({Detail})")]
    private static partial void LogRejected(ILogger logger, int photoId, ImageRejectionReason reason, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Photo {PhotoId} waits for processing but its original is missing")]
    private static partial void LogOriginalMissing(ILogger logger, int photoId);
}
