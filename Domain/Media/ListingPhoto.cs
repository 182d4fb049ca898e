using HalloBot.Domain.Listings;

namespace HalloBot.Domain.Media;

/// <summary>
/// A photo of a listing. The upload stores the original privately under <see cref="StorageKey"/>; the image
/// job writes the public variants and marks the photo ready or rejected.
/// </summary>
public sealed class ListingPhoto
{
    public const int AltTextMaxLength = 250;
    public const int FileNameMaxLength = 255;
    public const int RejectionReasonMaxLength = 100;

    /// <summary>Photos a listing may have.</summary>
    public const int MaxPerListing = 20;

    private ListingPhoto()
    {
    }

    public ListingPhoto(int listingId, string storageKey, string originalFileName, long byteLength, string altText, int position, string uploadedByMemberId, DateTime uploadedAt)
    {
        ListingId = listingId;
        StorageKey = storageKey;
        OriginalFileName = originalFileName.Length <= FileNameMaxLength ? originalFileName : originalFileName[..FileNameMaxLength];
        ByteLength = byteLength;
        AltText = altText;
        Position = position;
        UploadedByMemberId = uploadedByMemberId;
        UploadedAt = uploadedAt;
    }

    public int Id { get; private set; }
    public int ListingId { get; private set; }
    public Listing Listing { get; private set; } = null!;

    /// <summary>Names the original and the variants in the media store; random, never derived from the upload.</summary>
    public string StorageKey { get; private set; } = "";

    public string OriginalFileName { get; private set; } = "";
    public long ByteLength { get; private set; }

    /// <summary>Required: what the photo shows, for people who cannot see it.</summary>
    public string AltText { get; set; } = "";

    /// <summary>Order on the listing page, from 0.</summary>
    public int Position { get; set; }

    public bool IsCover { get; set; }
    public PhotoStatus Status { get; private set; } = PhotoStatus.Processing;

    /// <summary>A reason code of the image pipeline, translated when shown.</summary>
    public string? RejectionReason { get; private set; }

    /// <summary>Size of the largest variant, for width/height attributes.</summary>
    public int? Width { get; private set; }

    public int? Height { get; private set; }
    public string UploadedByMemberId { get; private set; } = "";
    public DateTime UploadedAt { get; private set; }
    public DateTime? ProcessedAt { get; private set; }

    public void MarkReady(int width, int height, DateTime utcNow)
    {
        Status = PhotoStatus.Ready;
        Width = width;
        Height = height;
        RejectionReason = null;
        ProcessedAt = utcNow;
    }

    public void MarkRejected(string reason, DateTime utcNow)
    {
        Status = PhotoStatus.Rejected;
        RejectionReason = reason.Length <= RejectionReasonMaxLength ? reason : reason[..RejectionReasonMaxLength];
        ProcessedAt = utcNow;
    }
}
