using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HalloBot.Domain.Listings;

namespace HalloBot.Domain.Exchange;

/// <summary>
/// A hash of everything a row of the exchange format says about a listing. Equal fingerprints mean the
/// row would change nothing, so a re-import of 100,000 unchanged rows needs no listing loaded.
/// </summary>
internal sealed class ListingFingerprint
{
    private const char FieldSeparator = '\u001f';
    private const char Absent = '\u001e';
    private const char ListSeparator = '\u001d';

    private readonly StringBuilder _text = new(512);

    public UInt128 Of(Listing listing) =>
        Hash(listing.Name, listing.Description, listing.Address, listing.DistrictId, listing.Location, listing.Phone,
            listing.Email, listing.Website, listing.OpeningHours, listing.Keywords, listing.Features,
            listing.Status == ListingStatus.Published,
            listing.Categories.OrderBy(c => c.Position).Select(c => c.CategoryId));

    public UInt128 Of(ListingRow row, int? districtId, IEnumerable<int> categoryIds) =>
        Hash(row.Name, row.Description, row.Address, districtId, row.Location, row.Phone,
            row.Email, row.Website, row.OpeningHours, row.Keywords, row.Features,
            row.Status == ListingStatus.Published,
            categoryIds);

    // Only "published or not" counts: the format writes review and suspension as draft (see ListingRowMapping).
    private UInt128 Hash(
        string name, string description, PostalAddress address, int? districtId, GeoPoint? location, string? phone,
        string? email, string? website, string? openingHours, IEnumerable<string> keywords, ListingFeatures features,
        bool published, IEnumerable<int> categoryIds)
    {
        _text.Clear();
        Add(name).Add(description).Add(address.Street).Add(address.PostalCode).Add(address.City)
            .Add(districtId?.ToString(CultureInfo.InvariantCulture))
            .Add(location?.Latitude.ToString("R", CultureInfo.InvariantCulture))
            .Add(location?.Longitude.ToString("R", CultureInfo.InvariantCulture))
            .Add(phone).Add(email).Add(website).Add(openingHours)
            .Add(string.Join(ListSeparator, keywords))
            .Add(((int)features).ToString(CultureInfo.InvariantCulture))
            .Add(published ? "published" : "draft")
            .Add(string.Join(',', categoryIds));
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(_text.ToString()), hash);
        return new UInt128(BitConverter.ToUInt64(hash), BitConverter.ToUInt64(hash[8..]));
    }

    private ListingFingerprint Add(string? value)
    {
        _text.Append(value ?? Absent.ToString()).Append(FieldSeparator);
        return this;
    }
}
