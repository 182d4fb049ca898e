using System.Globalization;

namespace HalloBot.Web.Features.Admin.Exchange;

/// <summary>A file size as people read it: "820 KB", "64 MB", "12,5 MB" (in the page's culture).</summary>
public static class FileSize
{
    private const double Kilobyte = 1024;
    private const double Megabyte = 1024 * 1024;

    public static string Format(long bytes) => bytes < Megabyte
        ? $"{Math.Ceiling(bytes / Kilobyte).ToString("0", CultureInfo.CurrentCulture)} KB"
        : $"{(bytes / Megabyte).ToString("0.#", CultureInfo.CurrentCulture)} MB";
}
