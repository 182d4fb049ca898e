using System.Globalization;

namespace HalloBot.Web.Features.Api;

/// <summary>
/// The <c>at</c> parameter: an ISO 8601 date and time that says which instant it means,
/// so it must carry an offset or <c>Z</c> (a bare local time would be a guess).
/// </summary>
public static class IsoInstant
{
    public const int MinYear = 1970;
    public const int MaxYear = 2199;

    public const string Expected =
        "Expected an ISO 8601 date and time with an offset or Z between the years 1970 and 2199, e.g. 2026-06-04T10:00:00+02:00 or 2026-06-04T08:00:00Z.";

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (text is null || text.Length > 64)
        {
            return false;
        }

        // An unencoded '+' in a query string arrives as a space; ISO 8601 has no spaces, so it can only be the offset's sign.
        var candidate = text.Trim().Replace(' ', '+');
        if (!HasOffset(candidate)
            || !DateTimeOffset.TryParseExact(candidate, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            || parsed.Year is < MinYear or > MaxYear)
        {
            return false;
        }

        instant = parsed;
        return true;
    }

    private static bool HasOffset(string candidate)
    {
        var time = candidate.IndexOf('T', StringComparison.Ordinal);
        return time > 0
            && (candidate.EndsWith('Z') || candidate.AsSpan(time).IndexOfAny('+', '-') >= 0);
    }
}
