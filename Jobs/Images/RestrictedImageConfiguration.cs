using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.Metadata;

namespace HalloBot.Jobs.Images;

/// <summary>
/// ImageSharp set up for hostile input. <c>Configuration.Default</c> would also decode TIFF, BMP, TGA and PBM;
/// this one knows only the four accepted formats, caps every allocation, and its decoders ignore metadata
/// (a PNG text chunk can inflate to gigabytes) except JPEG's, which the orientation needs.
/// </summary>
internal static class RestrictedImageConfiguration
{
    // The pool only speeds up repeated work; a small one keeps a web process that runs jobs from holding on to hundreds of MB.
    private const int PoolMegabytes = 64;

    public static Configuration Create(ImagePipelineOptions options) =>
        Create(MemoryAllocator.Create(new MemoryAllocatorOptions
        {
            AllocationLimitMegabytes = options.AllocationLimitMegabytes,
            MaximumPoolSizeMegabytes = PoolMegabytes,
        }));

    /// <summary>
    /// The same, on fresh zeroed buffers: ImageSharp 2.x's WebP decoder leaves parts of its buffers unwritten, so with
    /// pooled memory a transparent upload decoded after a busy one could come out half-opaque (shown by
    /// <c>ImagePipelineVariantTests</c>). WebP uploads are decoded with this; their pixel count is checked before.
    /// </summary>
    public static Configuration CreateWithFreshBuffers() => Create(new SimpleGcMemoryAllocator());

    private static Configuration Create(MemoryAllocator allocator)
    {
        var configuration = new Configuration(
            new JpegConfigurationModule(),
            new PngConfigurationModule(),
            new GifConfigurationModule(),
            new WebpConfigurationModule())
        {
            MemoryAllocator = allocator,
        };

        // Identify uses these too, so the header read already skips metadata.
        configuration.ImageFormatsManager.SetDecoder(JpegFormat.Instance, JpegDecoder);
        configuration.ImageFormatsManager.SetDecoder(PngFormat.Instance, new PngDecoder { IgnoreMetadata = true });
        configuration.ImageFormatsManager.SetDecoder(GifFormat.Instance, new GifDecoder { IgnoreMetadata = true, DecodingMode = FrameDecodingMode.First });
        configuration.ImageFormatsManager.SetDecoder(WebpFormat.Instance, new WebpDecoder { IgnoreMetadata = true });
        return configuration;
    }

    /// <summary>Keeps EXIF until <c>AutoOrient</c> has read the orientation; every profile is cleared right after.</summary>
    private static JpegDecoder JpegDecoder => new() { IgnoreMetadata = false };
}
