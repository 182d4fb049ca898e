using System.Globalization;
using HalloBot.Domain.Exchange;
using HalloBot.Domain.Listings;
using C = HalloBot.Domain.Exchange.ListingCsvColumns;

namespace HalloBot.Domain.Audit;

/// <summary>
/// Compares a listing before and after an edit, field by field, and names each change the way the exchange
/// format names the field, so that the trail, the import report and a spreadsheet speak of the same things.
/// Free of I/O: the caller takes the snapshots (with category and district names resolved) and saves the rows.
/// </summary>
public static class ListingAuditor
{
    // Accessibility facts are not columns of the exchange format; they take OpenStreetMap's keys.
    public const string Wheelchair = "wheelchair";
    public const string WheelchairToilet = "toilets_wheelchair";
    public const string HearingLoop = "hearing_loop";
    public const string Seating = "seating";

    /// <summary>The listing's fields as text, as the exchange format writes them; null where a field is empty.</summary>
    public static IReadOnlyDictionary<string, string?> Snapshot(Listing listing, IEnumerable<string> categoryNames, string? districtName) =>
        new Dictionary<string, string?>
        {
            [C.Name] = listing.Name,
            [C.Categories] = Join(categoryNames),
            [C.Description] = listing.Description,
            [C.Street] = listing.Address.Street,
            [C.PostalCode] = listing.Address.PostalCode,
            [C.City] = listing.Address.City,
            [C.District] = districtName,
            [C.Latitude] = listing.Location?.Latitude.ToString("R", CultureInfo.InvariantCulture),
            [C.Longitude] = listing.Location?.Longitude.ToString("R", CultureInfo.InvariantCulture),
            [C.Phone] = listing.Phone,
            [C.Email] = listing.Email,
            [C.Website] = listing.Website,
            [C.OpeningHours] = listing.OpeningHours,
            [C.Keywords] = Join(listing.Keywords),
            [C.Features] = Join(ListingFeatureCodes.Split(listing.Features).Select(ListingFeatureCodes.ToCode)),
            [C.Status] = listing.Status.ToString(),
            [Wheelchair] = listing.Accessibility.WheelchairOsmValue,
            [WheelchairToilet] = YesNo(listing.Accessibility.WheelchairToilet),
            [HearingLoop] = YesNo(listing.Accessibility.HearingLoop),
            [Seating] = YesNo(listing.Accessibility.Seating),
        };

    /// <summary>One row per field whose value differs, in the order of the exchange format.</summary>
    public static IReadOnlyList<ListingChange> Compare(
        int listingId,
        IReadOnlyDictionary<string, string?> before,
        IReadOnlyDictionary<string, string?> after,
        ChangeActor actor,
        DateTime changedAt)
    {
        var changes = new List<ListingChange>();
        foreach (var (field, newValue) in after)
        {
            var oldValue = before.GetValueOrDefault(field);
            if (!string.Equals(Normalize(oldValue), Normalize(newValue), StringComparison.Ordinal))
            {
                changes.Add(new ListingChange(listingId, field, Normalize(oldValue), Normalize(newValue), actor, changedAt));
            }
        }

        return changes;
    }

    /// <summary>"" and null both mean "not given": clearing an empty description is no change.</summary>
    private static string? Normalize(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string? Join(IEnumerable<string> values)
    {
        var text = string.Join(C.ListSeparator, values);
        return text.Length == 0 ? null : text;
    }

    private static string? YesNo(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => null,
    };
}
