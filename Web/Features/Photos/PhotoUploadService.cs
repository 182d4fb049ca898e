using HalloBot.Domain.Audit;
using HalloBot.Domain.Media;
using HalloBot.Domain.Persistence;
using HalloBot.Jobs.Images;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Features.Photos;

/// <summary>
/// Takes an upload: checks each file's size and first bytes, stores the accepted originals privately and adds their
/// photo rows (each writes its job's outbox row) with their audit rows in one save. The job does the full check.
/// </summary>
public sealed partial class PhotoUploadService(
    HalloBotDbContext db,
    IMediaStore store,
    PhotoTexts texts,
    IOptions<ImagePipelineOptions> pipeline,
    TimeProvider time,
    ILogger<PhotoUploadService> logger)
{
    /// <summary>Enough for every signature <see cref="ImageSignature"/> knows.</summary>
    private const int SniffLength = 16;

    /// <summary>Null when there is no such listing; otherwise what became of each file.</summary>
    public async Task<PhotoUploadOutcome?> UploadAsync(
        int listingId, IReadOnlyList<IFormFile> files, IReadOnlyList<string?> altTexts, ChangeActor actor, CancellationToken cancellationToken)
    {
        if (!await db.Listings.AnyAsync(l => l.Id == listingId, cancellationToken))
        {
            return null;
        }

        if (files.Count == 0)
        {
            return PhotoUploadOutcome.Refused(texts["Photos.Upload.NoFiles"]);
        }

        if (files.Count > PhotoPageService.MaxFilesPerUpload)
        {
            return PhotoUploadOutcome.Refused(texts["Photos.Upload.TooManyFiles", PhotoPageService.MaxFilesPerUpload]);
        }

        var existing = await db.ListingPhotos.Where(p => p.ListingId == listingId)
            .Select(p => new { p.Position, p.IsCover })
            .ToListAsync(cancellationToken);
        var room = ListingPhoto.MaxPerListing - existing.Count;
        var position = existing.Count == 0 ? 0 : existing.Max(p => p.Position) + 1;
        var needsCover = !existing.Any(p => p.IsCover);
        var now = time.GetUtcNow().UtcDateTime;

        var results = new UploadFileResult?[files.Count];
        var added = new List<(int Index, ListingPhoto Photo)>();
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                var file = files[i];
                var fileName = FileName(file);
                var altText = (i < altTexts.Count ? altTexts[i] : null)?.Trim() ?? "";
                var problem = await ProblemAsync(file, altText, room, cancellationToken);
                if (problem is not null)
                {
                    results[i] = new UploadFileResult(fileName, null, problem);
                    continue;
                }

                var key = MediaKey.New();
                try
                {
                    await using var content = file.OpenReadStream();
                    await store.SaveOriginalAsync(key, content, cancellationToken);
                }
                catch (IOException e)
                {
                    LogStoreFailed(logger, e, listingId);
                    results[i] = new UploadFileResult(fileName, null, texts["Photos.Upload.StoreFailed"]);
                    continue;
                }

                var photo = new ListingPhoto(listingId, key, fileName, file.Length, altText, position++, actor.MemberId ?? "", now)
                {
                    IsCover = needsCover,
                };
                needsCover = false;
                room--;
                db.ListingPhotos.Add(photo);
                db.ListingChanges.Add(PhotoAudit.Added(photo, actor, now));
                added.Add((i, photo));
            }

            if (added.Count > 0)
            {
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (Exception e)
        {
            // Nothing half-written: without their rows the stored originals would never be processed or removed.
            foreach (var (_, photo) in added)
            {
                store.DeleteOriginal(photo.StorageKey);
            }

            db.ChangeTracker.Clear();
            if (e is not DbUpdateException)
            {
                throw;
            }

            LogSaveFailed(logger, e, listingId);
            return PhotoUploadOutcome.Refused(texts["Photos.Upload.SaveFailed"]);
        }

        foreach (var (index, photo) in added)
        {
            results[index] = new UploadFileResult(photo.OriginalFileName, photo.Id, null);
        }

        return new PhotoUploadOutcome(null, results.Select(r => r!).ToList());
    }

    private async Task<string?> ProblemAsync(IFormFile file, string altText, int room, CancellationToken cancellationToken)
    {
        if (altText.Length > ListingPhoto.AltTextMaxLength)
        {
            return texts["Photos.AltText.TooLong", ListingPhoto.AltTextMaxLength];
        }

        if (file.Length == 0)
        {
            return texts.Rejection(nameof(ImageRejectionReason.Empty));
        }

        if (file.Length > pipeline.Value.MaxBytes)
        {
            return texts.Rejection(nameof(ImageRejectionReason.TooLarge));
        }

        if (room <= 0)
        {
            return texts["Photos.Upload.ListingFull", ListingPhoto.MaxPerListing];
        }

        // Only the first bytes here, so that HTML or SVG never reaches the disk; the job checks the rest.
        var head = new byte[SniffLength];
        await using var content = file.OpenReadStream();
        var read = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        return ImageSignature.Detect(head.AsSpan(0, read)) is null ? texts.Rejection(nameof(ImageRejectionReason.UnsupportedType)) : null;
    }

    /// <summary>The name as the member's computer called it, without any folder a browser may send along.</summary>
    private static string FileName(IFormFile file)
    {
        var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
        return string.IsNullOrWhiteSpace(name) ? "foto" : name.Trim();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An upload to listing {ListingId} could not be stored")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception, int listingId);

    [LoggerMessage(Level = LogLevel.Error, Message = "An upload to listing {ListingId} could not be saved; its originals were removed")]
    private static partial void LogSaveFailed(ILogger logger, Exception exception, int listingId);
}

/// <summary>A refusal of the whole upload, or the result of each file.</summary>
public sealed record PhotoUploadOutcome(string? Error, IReadOnlyList<UploadFileResult> Files)
{
    public static PhotoUploadOutcome Refused(string error) => new(error, []);

    public bool Succeeded => Error is null && Files.All(f => f.Succeeded);

    public int StoredCount => Files.Count(f => f.Succeeded);
}
