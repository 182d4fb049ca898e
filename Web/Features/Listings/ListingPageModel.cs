using HalloBot.Domain.Listings;
using HalloBot.Domain.OpeningHours;
using HalloBot.Web.Features.Shared;

namespace HalloBot.Web.Features.Listings;

/// <summary>Everything the listing page shows, already in words.</summary>
public sealed record ListingPageModel(
    string Name,
    string CanonicalUrl,
    string Description,
    string MetaDescription,
    IReadOnlyList<LinkItem> Categories,
    LinkItem? District,
    PostalAddress Address,
    string? Phone,
    string? PhoneHref,
    string? Email,
    string? Website,
    string? WebsiteHref,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Features,
    ListingHoursModel? Hours,
    string JsonLd)
{
    /// <summary>Where the business is, for the map; null when the listing has no position.</summary>
    public Map.MapPoint? Location { get; init; }

    /// <summary>The accessibility facts that are known, in words; empty when none is.</summary>
    public IReadOnlyList<AccessibilityLine> Accessibility { get; init; } = [];

    /// <summary>The ready photos, cover first; empty when there are none.</summary>
    public Photos.ListingGallery Gallery { get; init; } = Photos.ListingGallery.Empty;
}

/// <summary>
/// The opening hours as stored; <see cref="State"/>, <see cref="Week"/> and <see cref="StatusLine"/> are null when the text
/// does not parse, and the page then shows only the text.
/// </summary>
public sealed record ListingHoursModel(string Text, OpenState? State, string? StatusLine, IReadOnlyList<WeekDayRow>? Week);

/// <summary>One accessibility fact: what it is about ("Rollstuhlgerechte Toilette") and the answer ("ja").</summary>
public sealed record AccessibilityLine(string Fact, string Answer);

/// <summary>The listing page, a redirect to the listing's current slug, or nothing (404).</summary>
public sealed record ListingLookup(ListingPageModel? Page, string? CurrentSlug)
{
    public static ListingLookup NotFound { get; } = new(null, null);
}
