using HalloBot.Jobs.Images;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Webp;

namespace HalloBot.UnitTests.Images;

/// <summary>Reads the pipeline's output with ImageSharp's full default configuration, as any other program would.</summary>
internal static class ImageInspection
{
    public static (int Width, int Height) Size(ImageVariant variant)
    {
        var info = Image.Identify(variant.Content.ToArray(), out var format) ?? throw new InvalidOperationException($"{variant.FileName} is not an image.");
        Assert.Equal(variant.Format == ImageVariantFormat.Webp ? WebpFormat.Instance : (IImageFormat)JpegFormat.Instance, format);
        return (info.Width, info.Height);
    }

    /// <summary>Which metadata profiles an encoded image carries, e.g. "EXIF, ICC"; empty when none.</summary>
    public static string Profiles(byte[] encoded)
    {
        var info = Image.Identify(encoded) ?? throw new InvalidOperationException("Not an image.");
        var profiles = new List<string>();
        if (info.Metadata.ExifProfile is not null)
        {
            profiles.Add("EXIF");
        }

        if (info.Metadata.XmpProfile is not null)
        {
            profiles.Add("XMP");
        }

        if (info.Metadata.IptcProfile is not null)
        {
            profiles.Add("IPTC");
        }

        if (info.Metadata.IccProfile is not null)
        {
            profiles.Add("ICC");
        }

        return string.Join(", ", profiles);
    }
}
