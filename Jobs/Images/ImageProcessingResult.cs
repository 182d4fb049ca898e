using System.Diagnostics.CodeAnalysis;

namespace HalloBot.Jobs.Images;

/// <summary>Either the variants of an accepted image or the reason it was refused; never both.</summary>
public sealed class ImageProcessingResult
{
    private ImageProcessingResult(IReadOnlyList<ImageVariant> variants, ImageRejection? rejection)
    {
        Variants = variants;
        Rejection = rejection;
    }

    /// <summary>Every size in every format, largest first; empty when rejected.</summary>
    public IReadOnlyList<ImageVariant> Variants { get; }

    public ImageRejection? Rejection { get; }

    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool IsAccepted => Rejection is null;

    public static ImageProcessingResult Accepted(IReadOnlyList<ImageVariant> variants) => new(variants, null);

    public static ImageProcessingResult Rejected(ImageRejectionReason reason, string detail) => new([], new ImageRejection(reason, detail));

    public static ImageProcessingResult Rejected(ImageRejection rejection) => new([], rejection);

    public override string ToString() => IsAccepted ? $"accepted: {Variants.Count} variants" : $"rejected: {Rejection.Reason} ({Rejection.Detail})";
}
