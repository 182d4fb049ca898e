namespace HalloBot.Jobs.Images;

/// <summary>One encoded output image. <see cref="FileName"/> is how stores and URLs name it, e.g. <c>page.webp</c>.</summary>
public sealed record ImageVariant(ImageVariantSize Size, ImageVariantFormat Format, int Width, int Height, ReadOnlyMemory<byte> Content)
{
    public string FileName => FileNameOf(Size, Format);

    public string ContentType => Format == ImageVariantFormat.Webp ? "image/webp" : "image/jpeg";

    public static string FileNameOf(ImageVariantSize size, ImageVariantFormat format)
    {
        var name = size switch
        {
            ImageVariantSize.List => "list",
            ImageVariantSize.Page => "page",
            ImageVariantSize.FullScreen => "full",
            _ => throw new ArgumentOutOfRangeException(nameof(size), size, null),
        };
        var extension = format switch
        {
            ImageVariantFormat.Webp => "webp",
            ImageVariantFormat.Jpeg => "jpg",
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
        return $"{name}.{extension}";
    }
}
