using HalloBot.Domain.Listings;

namespace HalloBot.Search.Contract;

/// <summary>What the index knows of a published listing. Built from the database by the indexing job.</summary>
public sealed record SearchDocument
{
    public required int ListingId { get; init; }
    public required string Slug { get; init; }
    public string? ExternalId { get; init; }
    public required string Name { get; init; }

    /// <summary>Category names in the listing's order; the first is the main category.</summary>
    public IReadOnlyList<SearchTerm> Categories { get; init; } = [];

    public SearchTerm? District { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Titles and descriptions of the listing's current offers; a listing with any is found by "mit Angeboten".</summary>
    public IReadOnlyList<string> Offers { get; init; } = [];

    public string Description { get; init; } = "";

    /// <summary>Feature codes of the exchange format (<c>card_payment</c>, …).</summary>
    public IReadOnlyList<string> Features { get; init; } = [];

    /// <summary>The OSM <c>wheelchair</c> value (<c>yes</c>, <c>limited</c>, <c>no</c>), or null when not known.</summary>
    public string? Wheelchair { get; init; }

    /// <summary><see cref="AccessibilityCodes"/> of the facts the listing has (a "no" or "not known" is left out).</summary>
    public IReadOnlyList<string> Accessibility { get; init; } = [];

    public GeoPoint? Location { get; init; }

    /// <summary>The OpenStreetMap opening_hours string, or null when the listing gives none.</summary>
    public string? OpeningHours { get; init; }

    public DateTime UpdatedAt { get; init; }
}

/// <summary>A category or district: its display name and its slug.</summary>
public sealed record SearchTerm(string Name, string Slug);
