namespace HalloBot.Web.Features.Api;

/// <summary>A published listing as the JSON API shows it (camelCase on the wire).</summary>
public sealed record ListingResponse(
    string Slug,
    string? ExternalId,
    string Name,
    IReadOnlyList<string> Categories,
    string? District,
    string Description,
    AddressResponse Address,
    LocationResponse? Location,
    string? Phone,
    string? Email,
    string? Website,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Features,
    string Url,
    DateTime UpdatedAt,
    string? OpeningHours,
    OpenStatusResponse? OpenStatus);

public sealed record AddressResponse(string Street, string PostalCode, string City);

public sealed record LocationResponse(double Lat, double Lon);

/// <summary>
/// Open, closed or unknown at the instant asked for. <see cref="NextChange"/> is in the region's
/// time zone (Europe/Berlin: +01:00 or +02:00), null when the state never changes.
/// </summary>
public sealed record OpenStatusResponse(bool Open, bool Unknown, string? Comment, DateTimeOffset? NextChange)
{
    /// <summary>For stored hours that no longer parse: never claim "open" on a guess.</summary>
    public static OpenStatusResponse Unreadable { get; } = new(false, true, null, null);
}

public sealed record ListingPageResponse(int Total, IReadOnlyList<ListingResponse> Items);

/// <summary>A category or district with the number of published listings in it.</summary>
public sealed record TermCountResponse(string Name, string Slug, int Count);
