using HalloBot.Jobs.Images;

namespace HalloBot.Web.Features.Feedback;

/// <summary>
/// A screenshot goes through the photo pipeline's checks (type from the bytes, limits before decoding, metadata
/// stripped). It is checked while the form is sent, so that a refused file is an error on the form's field and
/// nothing is stored; only the re-encoded variants of an accepted one are kept, never the upload itself.
/// </summary>
public sealed class FeedbackScreenshots(ImagePipeline pipeline, IMediaStore store)
{
    public async Task<ImageProcessingResult> CheckAsync(IFormFile file, CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        return await pipeline.ProcessAsync(content, file.Length, cancellationToken);
    }

    /// <returns>The media key the variants are published under.</returns>
    public async Task<string> PublishAsync(IReadOnlyCollection<ImageVariant> variants, CancellationToken cancellationToken)
    {
        var key = MediaKey.New();
        await store.PublishVariantsAsync(key, variants, cancellationToken);
        return key;
    }

    public void Delete(string key) => store.DeleteVariants(key);
}
