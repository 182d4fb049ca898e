using HalloBot.Domain.Audit;
using HalloBot.Domain.Media;
using HalloBot.Domain.Persistence;
using HalloBot.Jobs.Images;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Photos;

/// <summary>The member's changes to a listing's photos: alt texts, order, cover, deletion; each recorded in the audit trail.</summary>
public sealed class PhotoEditService(HalloBotDbContext db, IMediaStore store, PhotoTexts texts, TimeProvider time)
{
    /// <summary>
    /// Saves the alt texts given for the listing's photos (ids of other listings are ignored), all or none: the
    /// problems by photo id when any text is too long.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, AltTextProblem>> SaveAltTextsAsync(
        int listingId, IReadOnlyDictionary<int, string?> altTexts, ChangeActor actor, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<int, AltTextProblem>();
        var photos = await PhotosAsync(listingId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var photo in photos)
        {
            if (!altTexts.TryGetValue(photo.Id, out var entered))
            {
                continue;
            }

            var text = entered?.Trim() ?? "";
            if (text.Length > ListingPhoto.AltTextMaxLength)
            {
                problems[photo.Id] = new AltTextProblem(text, texts["Photos.AltText.TooLong", ListingPhoto.AltTextMaxLength]);
                continue;
            }

            if (text != photo.AltText)
            {
                var old = photo.AltText;
                photo.AltText = text;
                db.ListingChanges.Add(PhotoAudit.AltTextChanged(photo, old, actor, now));
            }
        }

        if (problems.Count == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return problems;
    }

    /// <summary>Swaps the photo with its neighbour before (<paramref name="offset"/> −1) or after (+1); false when it is not the listing's.</summary>
    public async Task<bool> MoveAsync(int listingId, int photoId, int offset, ChangeActor actor, CancellationToken cancellationToken)
    {
        var photos = await PhotosAsync(listingId, cancellationToken);
        var index = photos.FindIndex(p => p.Id == photoId);
        if (index < 0)
        {
            return false;
        }

        var target = index + offset;
        if (target < 0 || target >= photos.Count)
        {
            return true;
        }

        var before = photos.ToList();
        (photos[index], photos[target]) = (photos[target], photos[index]);
        for (var i = 0; i < photos.Count; i++)
        {
            photos[i].Position = i;
        }

        db.ListingChanges.Add(PhotoAudit.Reordered(listingId, before, photos, actor, time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Makes the photo the listing's cover; a refused photo cannot be. Null when the photo is not the listing's.</summary>
    public async Task<bool?> SetCoverAsync(int listingId, int photoId, ChangeActor actor, CancellationToken cancellationToken)
    {
        var photos = await PhotosAsync(listingId, cancellationToken);
        var chosen = photos.Find(p => p.Id == photoId);
        if (chosen is null)
        {
            return null;
        }

        if (chosen.Status == PhotoStatus.Rejected)
        {
            return false;
        }

        if (chosen.IsCover)
        {
            return true;
        }

        var previous = photos.Find(p => p.IsCover);
        foreach (var photo in photos)
        {
            photo.IsCover = photo == chosen;
        }

        db.ListingChanges.Add(PhotoAudit.CoverChanged(listingId, previous, chosen, actor, time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Removes the photo's row, then its files; the next photo becomes the cover if it was. False when it is not the listing's.</summary>
    public async Task<bool> DeleteAsync(int listingId, int photoId, ChangeActor actor, CancellationToken cancellationToken)
    {
        var photos = await PhotosAsync(listingId, cancellationToken);
        var doomed = photos.Find(p => p.Id == photoId);
        if (doomed is null)
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        db.ListingPhotos.Remove(doomed);
        db.ListingChanges.Add(PhotoAudit.Deleted(doomed, actor, now));
        if (doomed.IsCover && photos.Where(p => p != doomed).OrderBy(p => p.Status == PhotoStatus.Rejected).FirstOrDefault() is { } next
            && next.Status != PhotoStatus.Rejected)
        {
            next.IsCover = true;
            db.ListingChanges.Add(PhotoAudit.CoverChanged(listingId, doomed, next, actor, now));
        }

        await db.SaveChangesAsync(cancellationToken);

        // After the commit: a photo row never points at missing files. A job still running on it cleans up after itself.
        store.DeleteVariants(doomed.StorageKey);
        store.DeleteOriginal(doomed.StorageKey);
        return true;
    }

    private Task<List<ListingPhoto>> PhotosAsync(int listingId, CancellationToken cancellationToken) =>
        db.ListingPhotos.Where(p => p.ListingId == listingId)
            .OrderBy(p => p.Position).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);
}
