using HalloBot.Domain.Listings;
using HalloBot.Search.Contract;

namespace HalloBot.Jobs.Indexing;

/// <summary>What the index is told about a listing. The listing must come with its categories and district.</summary>
public static class SearchDocumentBuilder
{
    public static SearchDocument Build(Listing listing) => Build(listing, []);

    /// <param name="offers">The words of the listing's current offers (<see cref="CurrentOfferTexts"/>).</param>
    public static SearchDocument Build(Listing listing, IEnumerable<string> offers) => new()
    {
        ListingId = listing.Id,
        Slug = listing.Slug,
        ExternalId = listing.ExternalId,
        Name = listing.Name,
        Categories = listing.OrderedCategories.Select(c => new SearchTerm(c.Name, c.Slug)).ToList(),
        District = listing.District is { } district ? new SearchTerm(district.Name, district.Slug) : null,
        Keywords = listing.Keywords.ToList(),
        Offers = offers.ToList(),
        Description = listing.Description,
        Features = ListingFeatureCodes.Split(listing.Features).Select(ListingFeatureCodes.ToCode).ToList(),
        Wheelchair = listing.Accessibility.WheelchairOsmValue,
        Accessibility = AccessibilityCodes.Of(listing.Accessibility),
        Location = listing.Location,
        OpeningHours = listing.OpeningHours,
        UpdatedAt = listing.UpdatedAt,
    };
}
