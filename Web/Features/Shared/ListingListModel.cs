using HalloBot.Web.Features.Listings;

namespace HalloBot.Web.Features.Shared;

/// <summary>Listings as cards; <see cref="HeadingLevel"/> fits them under the page's own headings.</summary>
public sealed record ListingListModel(IReadOnlyList<ListingSummary> Items, int HeadingLevel);
