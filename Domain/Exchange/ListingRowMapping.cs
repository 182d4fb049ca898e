using HalloBot.Domain.Categories;
using HalloBot.Domain.Districts;
using HalloBot.Domain.Listings;

namespace HalloBot.Domain.Exchange;

/// <summary>How a row of the exchange format is written onto a listing.</summary>
internal static class ListingRowMapping
{
    /// <summary>Writes every field but the name, which needs a slug (<see cref="Listing.Rename"/>).</summary>
    public static void Apply(Listing listing, ListingRow row, IReadOnlyList<Category> categories, District? district)
    {
        listing.ExternalId = row.ExternalId;
        listing.Description = row.Description;
        listing.Address = row.Address;
        listing.SetDistrict(district);
        listing.Location = row.Location;
        listing.Phone = row.Phone;
        listing.Email = row.Email;
        listing.Website = row.Website;
        listing.OpeningHours = row.OpeningHours;
        listing.Keywords = [.. row.Keywords];
        listing.Features = row.Features;
        listing.Status = StatusFor(listing, row);
        if (listing.Categories.Count == 0 || !CategoryIds(listing).SequenceEqual(categories.Select(c => c.Id)))
        {
            listing.SetCategories(categories);
        }
    }

    /// <summary>
    /// The format knows only published and draft, and an export writes listings in review or suspended
    /// as draft. So "draft" keeps whichever of those a listing has: a round trip through a spreadsheet
    /// neither ends a review nor lifts a suspension.
    /// </summary>
    private static ListingStatus StatusFor(Listing listing, ListingRow row) =>
        row.Status == ListingStatus.Draft && listing.Status is ListingStatus.InReview or ListingStatus.Suspended
            ? listing.Status
            : row.Status;

    private static IEnumerable<int> CategoryIds(Listing listing) =>
        listing.Categories.OrderBy(c => c.Position).Select(c => c.CategoryId);
}
