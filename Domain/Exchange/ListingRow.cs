using HalloBot.Domain.Listings;

namespace HalloBot.Domain.Exchange;

/// <summary>A row of the exchange format that passed every check, its values trimmed and typed.</summary>
public sealed record ListingRow
{
    public required int Row { get; init; }
    public string? ExternalId { get; init; }

    /// <summary>The listing named by a reserved <c>hallobot:{id}</c> external id (<see cref="ReservedExternalId"/>); then <see cref="ExternalId"/> is null.</summary>
    public int? ListingId { get; init; }

    public required string Name { get; init; }
    public required IReadOnlyList<string> Categories { get; init; }
    public string Description { get; init; } = "";
    public required PostalAddress Address { get; init; }
    public string? District { get; init; }
    public GeoPoint? Location { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? Website { get; init; }
    public string? OpeningHours { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public ListingFeatures Features { get; init; }

    /// <summary><see cref="ListingStatus.Published"/> or <see cref="ListingStatus.Draft"/>: the format knows no others.</summary>
    public ListingStatus Status { get; init; } = ListingStatus.Published;
}
