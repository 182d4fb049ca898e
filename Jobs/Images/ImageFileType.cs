namespace HalloBot.Jobs.Images;

/// <summary>The formats the site accepts, known by their first bytes, never by a file name or a browser's word.</summary>
public enum ImageFileType
{
    Jpeg,
    Png,
    Gif,
    Webp,
}

public static class ImageSignature
{
    /// <summary>The type the bytes start with, or null for anything else (SVG, HTML, TIFF, BMP, PDF …).</summary>
    public static ImageFileType? Detect(ReadOnlySpan<byte> data)
    {
        if (data is [0xFF, 0xD8, 0xFF, ..])
        {
            return ImageFileType.Jpeg;
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ImageFileType.Png;
        }

        if (data.StartsWith("GIF87a"u8) || data.StartsWith("GIF89a"u8))
        {
            return ImageFileType.Gif;
        }

        if (data.Length >= 12 && data.StartsWith("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8))
        {
            return ImageFileType.Webp;
        }

        return null;
    }
}
