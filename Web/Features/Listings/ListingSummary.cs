using HalloBot.Domain.Listings;
using HalloBot.Domain.OpeningHours;

namespace HalloBot.Web.Features.Listings;

/// <summary>One line of a list of listings (category page, district page, home).</summary>
public sealed record ListingSummary(
    string Name,
    string Slug,
    string? MainCategory,
    string? District,
    PostalAddress Address,
    OpenStatus? Status);

/// <summary>One page of a sorted list of listings.</summary>
public sealed record ListingPage(IReadOnlyList<ListingSummary> Items, int PageNumber, int PageCount, int Total)
{
    public bool HasPrevious => PageNumber > 1;
    public bool HasNext => PageNumber < PageCount;
}
