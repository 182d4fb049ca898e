namespace HalloBot.Web.Features.Photos;

/// <summary>A listing's ready photos for its public page, cover first, each with its sources in both formats.</summary>
public sealed record ListingGallery(IReadOnlyList<GalleryPhoto> Photos)
{
    public static ListingGallery Empty { get; } = new([]);

    /// <summary>The cover's page-size JPEG, for the page's JSON-LD and previews; null without photos.</summary>
    public string? CoverPath => Photos.Count > 0 ? Photos[0].PageJpeg : null;
}

/// <summary>One photo: WebP and JPEG <c>srcset</c>s, the JPEG fallback, its page size for width/height, and the full-screen file.</summary>
public sealed record GalleryPhoto(string AltText, string WebpSrcSet, string JpegSrcSet, string PageJpeg, string FullScreenJpeg, int Width, int Height);
