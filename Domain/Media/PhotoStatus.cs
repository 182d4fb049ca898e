namespace HalloBot.Domain.Media;

public enum PhotoStatus
{
    /// <summary>Uploaded; the original waits for the image job.</summary>
    Processing = 0,

    /// <summary>The variants exist and the public page shows the photo.</summary>
    Ready = 1,

    /// <summary>The job refused the file; <see cref="ListingPhoto.RejectionReason"/> says why.</summary>
    Rejected = 2,
}
