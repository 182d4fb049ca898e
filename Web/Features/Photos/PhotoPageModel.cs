using HalloBot.Domain.Media;
using HalloBot.Web.Features.Business;

namespace HalloBot.Web.Features.Photos;

/// <summary>The member's photo page of one listing.</summary>
public sealed record PhotoPageModel(ListingHeader Listing, IReadOnlyList<PhotoRow> Photos, PhotoLimits Limits)
{
    public int ListingId => Listing.Id;

    /// <summary>A success message after a redirect (already in words).</summary>
    public string? Notice { get; init; }

    /// <summary>A problem with the whole request (no file chosen …).</summary>
    public string? Error { get; init; }

    /// <summary>Why the last upload was refused before it was read (too large), shown on the file field.</summary>
    public string? FileError { get; init; }

    /// <summary>What became of each file of the last upload, when some were refused.</summary>
    public IReadOnlyList<UploadFileResult> UploadResults { get; init; } = [];

    /// <summary>Alt texts that could not be saved, by photo id, with the text as entered.</summary>
    public IReadOnlyDictionary<int, AltTextProblem> AltTextProblems { get; init; } = new Dictionary<int, AltTextProblem>();

    public string StatusUrl => PhotoRoutes.Status(ListingId);

    public string ListUrl => PhotoRoutes.List(ListingId);

    public bool AnyProcessing => Photos.Any(p => p.Status == PhotoStatus.Processing);
}

/// <summary>One photo as the member sees it: its state, its thumbnail once ready, why it was refused.</summary>
public sealed record PhotoRow(
    int Id,
    PhotoStatus Status,
    string StatusText,
    string AltText,
    bool IsCover,
    string FileName,
    PhotoThumbnail? Thumbnail,
    string? RejectionText,
    bool IsFirst,
    bool IsLast)
{
    public bool NeedsAltText => Status != PhotoStatus.Rejected && string.IsNullOrWhiteSpace(AltText);
}

public sealed record PhotoThumbnail(string Url, int Width, int Height);

public sealed record PhotoLimits(int MaxFilesPerUpload, long MaxFileBytes, int MaxPerListing, int Remaining)
{
    public int MaxFileMegabytes => (int)(MaxFileBytes / (1024 * 1024));
}

public sealed record AltTextProblem(string Entered, string Error);

/// <summary>The refusal of one file, or the photo it became.</summary>
public sealed record UploadFileResult(string FileName, int? PhotoId, string? Error)
{
    public bool Succeeded => Error is null;
}

/// <summary>The status poll's answer: every photo of the listing, in order.</summary>
public sealed record PhotoStatusResponse(IReadOnlyList<PhotoStatusItem> Photos, bool Processing);

public sealed record PhotoStatusItem(int Id, string FileName, string Status, string StatusText, string? Reason, string? ThumbnailUrl, int? ThumbnailWidth, int? ThumbnailHeight, string AltText);

/// <summary>The JSON answer to an upload sent by script.</summary>
public sealed record PhotoUploadResponse(string? Error, IReadOnlyList<UploadFileResult> Files);
