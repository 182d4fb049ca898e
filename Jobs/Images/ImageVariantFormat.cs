namespace HalloBot.Jobs.Images;

public enum ImageVariantFormat
{
    Webp,
    Jpeg,
}
