using System.Data;
using HalloBot.Domain.Media;
using HalloBot.Domain.Offers;
using HalloBot.Domain.Persistence;
using HalloBot.Jobs.Images;
using HalloBot.Web.Features.Photos;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Features.Offers;

/// <summary>
/// Adds and removes an offer's photos (at most <see cref="Offer.MaxPhotos"/>). An upload gets the same first checks as a
/// listing photo (size, the image signature of its first bytes, so HTML or SVG never reaches the disk); the photo job
/// does the full check through the image pipeline.
/// </summary>
public sealed class OfferPhotoService(HalloBotDbContext db, IMediaStore store, PhotoTexts texts, IOptions<ImagePipelineOptions> pipeline, OfferCalendar calendar)
{
    /// <summary>Null when there is no such offer on this listing; otherwise null-or-error text.</summary>
    public async Task<OfferPhotoOutcome?> AddAsync(int listingId, int offerId, IFormFile? file, string? altText, string memberId, CancellationToken cancellationToken)
    {
        if (!await db.Offers.AnyAsync(o => o.Id == offerId && o.ListingId == listingId, cancellationToken))
        {
            return null;
        }

        var alt = OfferText.SingleLine(altText);
        var positions = await db.OfferPhotos.Where(p => p.OfferId == offerId).Select(p => p.Position).ToListAsync(cancellationToken);
        var problem = await ProblemAsync(file, alt, positions.Count, cancellationToken);
        if (problem is not null)
        {
            return new OfferPhotoOutcome(problem);
        }

        var key = MediaKey.New();
        await using (var content = file!.OpenReadStream())
        {
            await store.SaveOriginalAsync(key, content, cancellationToken);
        }

        try
        {
            // Counted again with the insert, in one serializable transaction: two uploads at once must not both find four
            // photos and make seven. On SQLite the transaction holds the write lock from its start, so the later upload
            // counts the earlier one; on SQL Server one of the two fails (a deadlock over the counted range), writing nothing.
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
            positions = await db.OfferPhotos.Where(p => p.OfferId == offerId).Select(p => p.Position).ToListAsync(cancellationToken);
            if (positions.Count >= Offer.MaxPhotos)
            {
                store.DeleteOriginal(key);
                return new OfferPhotoOutcome(texts["Offers.Photos.Full", Offer.MaxPhotos]);
            }

            db.OfferPhotos.Add(new OfferPhoto(offerId, key, file.Length, alt, positions.Count == 0 ? 0 : positions.Max() + 1, memberId, calendar.UtcNow));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsLockConflict(e))
        {
            // The other upload of the same moment won (on SQL Server as the deadlock's survivor): nothing of this one
            // was written. Ask for it again; it will be counted with the other one then.
            store.DeleteOriginal(key);
            return new OfferPhotoOutcome(texts["Offers.Photos.TryAgain"]);
        }
        catch
        {
            // Nothing half-written: an original without its row would never be processed or removed.
            store.DeleteOriginal(key);
            throw;
        }

        return new OfferPhotoOutcome(null);
    }

    public async Task<bool> DeleteAsync(int listingId, int offerId, int photoId, CancellationToken cancellationToken)
    {
        var photo = await db.OfferPhotos.FirstOrDefaultAsync(
            p => p.Id == photoId && p.OfferId == offerId && p.Offer.ListingId == listingId, cancellationToken);
        if (photo is null)
        {
            return false;
        }

        db.OfferPhotos.Remove(photo);
        await db.SaveChangesAsync(cancellationToken);
        store.DeleteVariants(photo.StorageKey);
        store.DeleteOriginal(photo.StorageKey);
        return true;
    }

    private async Task<string?> ProblemAsync(IFormFile? file, string altText, int existing, CancellationToken cancellationToken)
    {
        if (existing >= Offer.MaxPhotos)
        {
            return texts["Offers.Photos.Full", Offer.MaxPhotos];
        }

        if (file is null || file.Length == 0)
        {
            return texts["Photos.Upload.NoFiles"];
        }

        if (altText.Length == 0)
        {
            return texts["Offers.Photos.AltRequired"];
        }

        if (altText.Length > OfferPhoto.AltTextMaxLength)
        {
            return texts["Photos.AltText.TooLong", OfferPhoto.AltTextMaxLength];
        }

        if (file.Length > pipeline.Value.MaxBytes)
        {
            return texts.Rejection(nameof(ImageRejectionReason.TooLarge));
        }

        var head = new byte[16];
        await using var content = file.OpenReadStream();
        var read = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        return ImageSignature.Detect(head.AsSpan(0, read)) is null ? texts.Rejection(nameof(ImageRejectionReason.UnsupportedType)) : null;
    }
}

public sealed record OfferPhotoOutcome(string? Error);
