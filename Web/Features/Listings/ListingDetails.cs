using HalloBot.Domain.Listings;
using HalloBot.Web.Features.Shared;

namespace HalloBot.Web.Features.Listings;

/// <summary>A published listing as read for its page: one query, no tracking.</summary>
public sealed record ListingDetails(
    string Name,
    string Slug,
    string Description,
    PostalAddress Address,
    double? Latitude,
    double? Longitude,
    string? Phone,
    string? Email,
    string? Website,
    string? OpeningHours,
    IReadOnlyList<string> Keywords,
    ListingFeatures Features,
    LinkItem? District,
    IReadOnlyList<LinkItem> Categories);
