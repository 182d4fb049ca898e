using HalloBot.Jobs.Images;

namespace HalloBot.Web.Features.Feedback;

/// <summary>
/// A screenshot goes through the photo pipeline's checks (type from the bytes, limits before decoding, metadata
/// stripped). It is checked while the form is sent, so that a refused file is an error on the form's field and
/// nothing is stored; only re-encoded variants of an accepted one are kept, never the upload itself.
/// The form promises that only the office and the sender's business see it, so the variants go to the media store's
/// private side (never served as static files) and reach a browser only through <see cref="FeedbackScreenshotController"/>.
/// </summary>
public sealed class FeedbackScreenshots(ImagePipeline pipeline, IMediaStore store)
{
    /// <summary>The two sizes kept, as JPEG: the one on the page and the one its link opens.</summary>
    public static readonly ImageVariantSize[] Sizes = [ImageVariantSize.Page, ImageVariantSize.FullScreen];

    public async Task<ImageProcessingResult> CheckAsync(IFormFile file, CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        return await pipeline.ProcessAsync(content, file.Length, cancellationToken);
    }

    /// <returns>The media key the variants are stored under.</returns>
    public async Task<string> StoreAsync(IReadOnlyCollection<ImageVariant> variants, CancellationToken cancellationToken)
    {
        var key = MediaKey.New();
        try
        {
            foreach (var size in Sizes)
            {
                var variant = variants.First(v => v.Size == size && v.Format == ImageVariantFormat.Jpeg);
                await using var content = new MemoryStream(variant.Content.ToArray(), writable: false);
                await store.SaveOriginalAsync(PrivateKey(key, size), content, cancellationToken);
            }
        }
        catch
        {
            Delete(key);
            throw;
        }

        return key;
    }

    /// <summary>The stored JPEG of one size, or null when there is none.</summary>
    public Stream? Open(string key, ImageVariantSize size) => MediaKey.IsValid(key) ? store.OpenOriginal(PrivateKey(key, size)) : null;

    public void Delete(string key)
    {
        foreach (var size in Sizes)
        {
            store.DeleteOriginal(PrivateKey(key, size));
        }
    }

    /// <summary>Names the file after its size; "-page" and "-full" keep within the key alphabet and length.</summary>
    private static string PrivateKey(string key, ImageVariantSize size) =>
        $"{key}-{(size == ImageVariantSize.FullScreen ? "full" : "page")}";
}
