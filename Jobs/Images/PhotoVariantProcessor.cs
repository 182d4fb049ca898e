namespace HalloBot.Jobs.Images;

/// <summary>
/// The work of the photo job, without the database: reads the stored original, runs the pipeline and, only
/// when the image is accepted, publishes its variants. A rejected image leaves nothing behind: its original
/// is deleted too (the verdict is final; a hostile file is not worth keeping). An accepted original is kept,
/// so that the variants can be made again.
/// </summary>
public sealed class PhotoVariantProcessor(ImagePipeline pipeline, IMediaStore store)
{
    /// <summary>
    /// The pipeline's verdict; the variants are published when it is accepted. Throws
    /// <see cref="FileNotFoundException"/> when there is no original for <paramref name="key"/>.
    /// </summary>
    public async Task<ImageProcessingResult> ProcessAsync(string key, CancellationToken cancellationToken = default)
    {
        ImageProcessingResult result;
        await using (var original = store.OpenOriginal(key) ?? throw new FileNotFoundException($"No original stored for photo '{key}'."))
        {
            result = await pipeline.ProcessAsync(original, original.Length, cancellationToken);
        }

        if (result.IsAccepted)
        {
            await store.PublishVariantsAsync(key, result.Variants, cancellationToken);
        }
        else
        {
            store.DeleteOriginal(key);
        }

        return result;
    }
}
