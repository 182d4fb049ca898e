namespace HalloBot.Jobs.Images;

/// <summary>Why an uploaded image was refused; the web layer turns each into text the retailer can read.</summary>
public enum ImageRejectionReason
{
    /// <summary>The file has no bytes.</summary>
    Empty,

    /// <summary>The file is larger than <see cref="ImagePipelineOptions.MaxBytes"/>.</summary>
    TooLarge,

    /// <summary>The bytes are not a JPEG, PNG, WebP or GIF image (whatever the file is called).</summary>
    UnsupportedType,

    /// <summary>More pixels than <see cref="ImagePipelineOptions.MaxPixels"/>, or more memory than the decoder may take.</summary>
    TooManyPixels,

    /// <summary>One side is longer than <see cref="ImagePipelineOptions.MaxSide"/>.</summary>
    SideTooLong,

    /// <summary>An animation with more frames than <see cref="ImagePipelineOptions.MaxFrames"/>.</summary>
    TooManyFrames,

    /// <summary>Text, EXIF or colour-profile data larger than <see cref="ImagePipelineOptions.MaxMetadataBytes"/>.</summary>
    MetadataTooLarge,

    /// <summary>The file ends before the image does.</summary>
    Truncated,

    /// <summary>The image's structure or data is broken.</summary>
    Corrupt,

    /// <summary>Processing took longer than <see cref="ImagePipelineOptions.Timeout"/>.</summary>
    Timeout,
}
