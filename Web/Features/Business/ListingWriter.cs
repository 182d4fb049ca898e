using HalloBot.Domain.Audit;
using HalloBot.Domain.Categories;
using HalloBot.Domain.Districts;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Business;

/// <summary>Writes a checked form onto a listing, and reads a listing back into the form.</summary>
public static class ListingWriter
{
    /// <summary>Every field but the name, which needs a free slug (<see cref="Listing.Rename"/>).</summary>
    public static void Apply(Listing listing, ValidListing valid, IReadOnlyList<Category> categories, District? district)
    {
        var row = valid.Row;
        listing.Description = row.Description;
        listing.Address = row.Address;
        if (listing.DistrictId != district?.Id)
        {
            listing.SetDistrict(district);
        }

        if (listing.Location != row.Location)
        {
            listing.Location = row.Location;
        }

        listing.Phone = row.Phone;
        listing.Email = row.Email;
        listing.Website = row.Website;
        listing.OpeningHours = row.OpeningHours;
        if (!listing.Keywords.SequenceEqual(row.Keywords))
        {
            listing.Keywords = [.. row.Keywords];
        }

        listing.Features = row.Features;
        listing.Accessibility = valid.Accessibility;
        var currentIds = listing.Categories.OrderBy(c => c.Position).Select(c => c.CategoryId);
        if (!currentIds.SequenceEqual(categories.Select(c => c.Id)))
        {
            listing.SetCategories(categories);
        }
    }

    /// <summary>The categories of <paramref name="ids"/>, tracked, in the order given.</summary>
    public static async Task<List<Category>> CategoriesAsync(HalloBotDbContext db, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var found = await db.Categories.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return [.. ids.Select(id => found[id])];
    }

    /// <summary>The listing's fields for the audit trail (<see cref="ListingAuditor"/>); categories and district must be loaded.</summary>
    public static IReadOnlyDictionary<string, string?> Snapshot(Listing listing) =>
        ListingAuditor.Snapshot(listing, listing.OrderedCategories.Select(c => c.Name), listing.District?.Name);

    public static ListingFormInput ToInput(Listing listing) => new()
    {
        Name = listing.Name,
        Categories = [.. listing.Categories.OrderBy(c => c.Position).Select(c => c.CategoryId.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        Description = listing.Description,
        Street = listing.Address.Street,
        PostalCode = listing.Address.PostalCode,
        City = listing.Address.City,
        DistrictId = listing.DistrictId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Latitude = listing.Location?.Latitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        Longitude = listing.Location?.Longitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        Phone = listing.Phone,
        Email = listing.Email,
        Website = listing.Website,
        OpeningHours = listing.OpeningHours,
        Keywords = string.Join(", ", listing.Keywords),
        Features = [.. ListingFeatureCodes.Split(listing.Features).Select(ListingFeatureCodes.ToCode)],
        Wheelchair = listing.Accessibility.WheelchairOsmValue,
        WheelchairToilet = YesNo(listing.Accessibility.WheelchairToilet),
        HearingLoop = YesNo(listing.Accessibility.HearingLoop),
        Seating = YesNo(listing.Accessibility.Seating),
    };

    private static string? YesNo(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => null,
    };
}
