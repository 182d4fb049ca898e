using HalloBot.Jobs.Images;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Features.Photos;

/// <summary>The URLs and pixel sizes of a ready photo's variants, from its key and the full-screen size it records.</summary>
public sealed class PhotoUrls(IMediaStore store, IOptions<ImagePipelineOptions> options)
{
    public static readonly ImageVariantSize[] Sizes = [ImageVariantSize.List, ImageVariantSize.Page, ImageVariantSize.FullScreen];

    public string Url(string storageKey, ImageVariantSize size, ImageVariantFormat format) =>
        $"{PhotosExtensions.MediaPath}/{store.VariantPath(storageKey, size, format)}";

    public (int Width, int Height) SizeOf(ImageVariantSize size, int fullWidth, int fullHeight) =>
        options.Value.SizeOf(size, fullWidth, fullHeight);

    /// <summary>
    /// <c>srcset</c> with the real width of each variant. A small photo has fewer distinct widths than sizes (it is never
    /// enlarged); a width is listed once, with its smallest file.
    /// </summary>
    public string SrcSet(string storageKey, ImageVariantFormat format, int fullWidth, int fullHeight) =>
        string.Join(", ", Sizes
            .Select(size => (Size: size, SizeOf(size, fullWidth, fullHeight).Width))
            .DistinctBy(s => s.Width)
            .Select(s => $"{Url(storageKey, s.Size, format)} {s.Width}w"));
}
