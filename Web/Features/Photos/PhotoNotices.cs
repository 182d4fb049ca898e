namespace HalloBot.Web.Features.Photos;

/// <summary>The words for the short codes that redirects put in the photo page's address.</summary>
public static class PhotoNotices
{
    private static readonly Dictionary<string, string> DoneCodes = new(StringComparer.Ordinal)
    {
        ["hochgeladen"] = "Photos.Done.Uploaded",
        ["beschreibungen"] = "Photos.Done.AltTexts",
        ["reihenfolge"] = "Photos.Done.Order",
        ["titelbild"] = "Photos.Done.Cover",
        ["geloescht"] = "Photos.Done.Deleted",
    };

    private static readonly Dictionary<string, string> ErrorCodes = new(StringComparer.Ordinal)
    {
        ["kein-titelbild"] = "Photos.Cover.Rejected",
    };

    public static string? Done(PhotoTexts texts, string? code) =>
        code is not null && DoneCodes.TryGetValue(code, out var key) ? texts[key] : null;

    public static string? Error(PhotoTexts texts, string? code) =>
        code is not null && ErrorCodes.TryGetValue(code, out var key) ? texts[key, PhotoPageService.MaxFilesPerUpload] : null;
}
