using HalloBot.Domain.Media;
using HalloBot.Domain.Offers;
using HalloBot.Domain.Persistence;
using HalloBot.Jobs.Images;
using HalloBot.Jobs.Photos;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HalloBot.Jobs.Offers;

/// <summary>
/// Checks an offer photo's original with the same pipeline as a listing's photos, publishes its variants and marks it
/// ready or rejected. Idempotent: a photo already decided is left alone; one deleted meanwhile leaves nothing behind.
/// </summary>
public sealed partial class OfferPhotoProcessing(
    HalloBotDbContext db,
    PhotoVariantProcessor processor,
    IMediaStore store,
    TimeProvider timeProvider,
    ILogger<OfferPhotoProcessing> logger)
{
    public async Task ProcessAsync(int photoId, CancellationToken cancellationToken)
    {
        var photo = await db.OfferPhotos.SingleOrDefaultAsync(p => p.Id == photoId, cancellationToken);
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
            if (!await db.OfferPhotos.AsNoTracking().AnyAsync(p => p.Id == photoId, cancellationToken))
            {
                return;
            }

            photo.MarkRejected(PhotoProcessing.OriginalMissing, timeProvider.GetUtcNow().UtcDateTime);
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
        }

        await SaveAsync(photo, cancellationToken);
    }

    private async Task SaveAsync(OfferPhoto photo, CancellationToken cancellationToken)
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Offer photo {PhotoId} was rejected: {Reason} ({Detail})")]
    private static partial void LogRejected(ILogger logger, int photoId, ImageRejectionReason reason, string detail);
}
