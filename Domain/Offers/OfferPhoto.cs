using HalloBot.Domain.Media;

namespace HalloBot.Domain.Offers;

/// <summary>
/// A photo of an offer. It goes through the same image pipeline as a listing's photos: the upload stores the
/// original privately under <see cref="StorageKey"/>; the image job writes the public variants and marks it
/// ready or rejected (adding one writes a <c>ProcessOfferPhoto</c> outbox row).
/// </summary>
public sealed class OfferPhoto
{
    public const int AltTextMaxLength = 250;
    public const int RejectionReasonMaxLength = 100;

    private OfferPhoto()
    {
    }

    public OfferPhoto(int offerId, string storageKey, long byteLength, string altText, int position, string uploadedByMemberId, DateTime uploadedAt)
    {
        OfferId = offerId;
        StorageKey = storageKey;
        ByteLength = byteLength;
        AltText = altText;
        Position = position;
        UploadedByMemberId = uploadedByMemberId;
        UploadedAt = uploadedAt;
    }

    public int Id { get; private set; }
    public int OfferId { get; private set; }
    public Offer Offer { get; private set; } = null!;

    /// <summary>Names the original and the variants in the media store; random, never derived from the upload.</summary>
    public string StorageKey { get; private set; } = "";

    public long ByteLength { get; private set; }

    /// <summary>Required: what the photo shows, for people who cannot see it.</summary>
    public string AltText { get; set; } = "";

    /// <summary>Order on the offer page, from 0; the first ready photo leads.</summary>
    public int Position { get; set; }

    public PhotoStatus Status { get; private set; } = PhotoStatus.Processing;

    /// <summary>A reason code of the image pipeline, translated when shown.</summary>
    public string? RejectionReason { get; private set; }

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
