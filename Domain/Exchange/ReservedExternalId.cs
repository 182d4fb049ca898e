using System.Globalization;

namespace HalloBot.Domain.Exchange;

/// <summary>
/// <c>external_id</c> values that start with <c>hallobot:</c> are reserved. An export writes
/// <c>hallobot:{id}</c> for a listing that has no external id of its own (one created on the site, or
/// imported from a row without one), so that importing the export again updates that listing instead of
/// creating a copy: import → export → import round-trips. An imported row may not use the prefix for
/// anything else.
/// </summary>
public static class ReservedExternalId
{
    public const string Prefix = "hallobot:";

    public static string For(int listingId) => Prefix + listingId.ToString(CultureInfo.InvariantCulture);

    /// <summary>True where <paramref name="value"/> carries the prefix, in any case: <c>HalloBot:7</c> is reserved too.</summary>
    public static bool IsReserved(string value) => value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The listing id of <c>hallobot:{id}</c>: digits only, greater than zero.</summary>
    public static bool TryParse(string value, out int listingId)
    {
        listingId = 0;
        return IsReserved(value)
               && int.TryParse(value.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out listingId)
               && listingId > 0;
    }
}
