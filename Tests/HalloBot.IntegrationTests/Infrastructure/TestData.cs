using HalloBot.Domain.Categories;
using HalloBot.Domain.Districts;
using HalloBot.Domain.Listings;

namespace HalloBot.IntegrationTests.Infrastructure;

/// <summary>Builds entities for seeding, with plausible defaults so a test names only what it is about.</summary>
public static class TestData
{
    public static readonly DateTime CreatedAt = new(2026, 5, 1, 9, 30, 0, DateTimeKind.Utc);

    public static Listing Listing(
        string name,
        IReadOnlyList<Category> categories,
        string? slug = null,
        District? district = null,
        ListingStatus status = ListingStatus.Published,
        string? openingHours = null,
        string? externalId = null)
    {
        var listing = new Listing(name, slug ?? Slug.From(name), new PostalAddress("Hansastraße 12", "46236", "Bottrop"), CreatedAt)
        {
            Status = status,
            OpeningHours = openingHours,
            ExternalId = externalId,
        };
        listing.SetCategories(categories);
        listing.SetDistrict(district);
        return listing;
    }
}
