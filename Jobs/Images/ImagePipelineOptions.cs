namespace HalloBot.Jobs.Images;

/// <summary>Limits and sizes of the image pipeline (<c>HalloBot:Images</c>); the defaults are the ones the site runs with.</summary>
public sealed class ImagePipelineOptions
{
    public const string Section = "HalloBot:Images";

    /// <summary>15 MB, the most an upload may have.</summary>
    public long MaxBytes { get; set; } = 15L * 1024 * 1024;

    /// <summary>40 megapixels: a 12-megapixel phone photo with room to spare, far below a decompression bomb.</summary>
    public long MaxPixels { get; set; } = 40_000_000;

    public int MaxSide { get; set; } = 12_000;

    /// <summary>Frames of a GIF or WebP animation; only the first is used, but thousands mean a hostile file.</summary>
    public int MaxFrames { get; set; } = 1_000;

    /// <summary>PNG text, EXIF and colour-profile chunks together, after inflating.</summary>
    public int MaxMetadataBytes { get; set; } = 1024 * 1024;

    /// <summary>ImageSharp's allocation limit: the largest single buffer (a 40-megapixel RGBA image needs 160 MB).</summary>
    public int AllocationLimitMegabytes { get; set; } = 256;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Longest side of each size, in pixels; an image is never enlarged to reach it.</summary>
    public int ListSide { get; set; } = 400;

    public int PageSide { get; set; } = 1024;

    public int FullScreenSide { get; set; } = 2048;

    public int JpegQuality { get; set; } = 82;

    public int WebpQuality { get; set; } = 80;

    public int SideOf(ImageVariantSize size) => size switch
    {
        ImageVariantSize.List => ListSide,
        ImageVariantSize.Page => PageSide,
        ImageVariantSize.FullScreen => FullScreenSide,
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, null),
    };

    /// <summary>
    /// The pixel size of a variant, from the full-screen variant's size (the largest, which a photo record keeps):
    /// pages can write every <c>srcset</c> width and every width/height attribute from that one size.
    /// </summary>
    public (int Width, int Height) SizeOf(ImageVariantSize size, int fullScreenWidth, int fullScreenHeight) =>
        Fit(fullScreenWidth, fullScreenHeight, SideOf(size));

    /// <summary>The size within a square of <paramref name="side"/>, keeping the aspect ratio; never larger than the image.</summary>
    public static (int Width, int Height) Fit(int width, int height, int side)
    {
        var longest = Math.Max(width, height);
        if (longest <= side)
        {
            return (width, height);
        }

        var scale = (double)side / longest;
        return (Math.Max(1, (int)Math.Round(width * scale, MidpointRounding.AwayFromZero)), Math.Max(1, (int)Math.Round(height * scale, MidpointRounding.AwayFromZero)));
    }

    /// <summary>The problems with these settings, empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        void Positive(string name, long value)
        {
            if (value <= 0)
            {
                problems.Add($"{Section}:{name} must be positive, not {value}.");
            }
        }

        Positive(nameof(MaxBytes), MaxBytes);
        Positive(nameof(MaxPixels), MaxPixels);
        Positive(nameof(MaxSide), MaxSide);
        Positive(nameof(MaxFrames), MaxFrames);
        Positive(nameof(MaxMetadataBytes), MaxMetadataBytes);
        Positive(nameof(AllocationLimitMegabytes), AllocationLimitMegabytes);
        Positive(nameof(ListSide), ListSide);
        Positive(nameof(PageSide), PageSide);
        Positive(nameof(FullScreenSide), FullScreenSide);
        if (Timeout <= TimeSpan.Zero)
        {
            problems.Add($"{Section}:{nameof(Timeout)} must be positive, not {Timeout}.");
        }

        if (!(ListSide <= PageSide && PageSide <= FullScreenSide))
        {
            problems.Add($"{Section}: sizes must grow from list to page to full screen ({ListSide}, {PageSide}, {FullScreenSide}).");
        }

        if (JpegQuality is < 1 or > 100 || WebpQuality is < 1 or > 100)
        {
            problems.Add($"{Section}: qualities must be between 1 and 100.");
        }

        return problems;
    }
}
