using System.Globalization;
using HalloBot.Domain.Exchange;
using HalloBot.Domain.Listings;
using C = HalloBot.Domain.Exchange.ListingCsvColumns;

namespace HalloBot.Web.Features.OpenData;

/// <summary>
/// A part of a listing the office can open (<c>HalloBot:OpenData:Fields</c>), with the exchange-format
/// columns it fills. Some parts span several columns: <c>address</c> is street, postal code and city,
/// <c>location</c> latitude and longitude.
/// </summary>
public sealed record OpenDataField(string Name, IReadOnlyList<string> Columns, bool OpenByDefault)
{
    public const string NameField = "name";
    public const string LocationField = "location";

    /// <summary>
    /// OpenStreetMap's <c>wheelchair</c> value (<c>yes</c>, <c>limited</c>, <c>no</c>; empty when unknown). Not a column
    /// of the exchange format yet, so it comes after the format's columns; the import skips it with a warning.
    /// </summary>
    public const string Wheelchair = "wheelchair";

    /// <summary>Every column in the order the export writes them: the exchange format's, then the open-data extras.</summary>
    public static IReadOnlyList<string> ColumnOrder { get; } = [.. C.All, Wheelchair];

    /// <summary>
    /// Every field there is. <c>email</c>, <c>description</c> and <c>keywords</c> are closed unless the
    /// office opens them: an address or a free text may name a person. A listing's <c>status</c> is never
    /// a field, as only published listings go out.
    /// </summary>
    public static IReadOnlyList<OpenDataField> All { get; } =
    [
        new("external_id", [C.ExternalId], false),
        new(NameField, [C.Name], true),
        new("categories", [C.Categories], true),
        new("description", [C.Description], false),
        new("address", [C.Street, C.PostalCode, C.City], true),
        new("district", [C.District], true),
        new(LocationField, [C.Latitude, C.Longitude], true),
        new("phone", [C.Phone], true),
        new("email", [C.Email], false),
        new("website", [C.Website], true),
        new("opening_hours", [C.OpeningHours], true),
        new("keywords", [C.Keywords], false),
        new("features", [C.Features], true),
        new(Wheelchair, [Wheelchair], true),
    ];

    public static IReadOnlyList<string> DefaultNames { get; } = [.. All.Where(f => f.OpenByDefault).Select(f => f.Name)];

    public static OpenDataField? Find(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>The values of one exported listing, by exchange-format column.</summary>
public sealed class OpenDataRow(Listing listing, IReadOnlyDictionary<int, string> categoryNames, IReadOnlyDictionary<int, string> districtNames)
{
    public Listing Listing => listing;

    public IReadOnlyList<string> Categories { get; } =
        [.. listing.Categories.OrderBy(c => c.Position).Select(c => categoryNames[c.CategoryId])];

    public IReadOnlyList<string> Features { get; } =
        [.. ListingFeatureCodes.Split(listing.Features).Select(ListingFeatureCodes.ToCode)];

    /// <summary>The column's value as text, unguarded; null where the listing has none.</summary>
    public string? Text(string column) => column switch
    {
        C.ExternalId => listing.ExternalId ?? ReservedExternalId.For(listing.Id),
        C.Name => listing.Name,
        C.Categories => string.Join(C.ListSeparator, Categories),
        C.Description => listing.Description,
        C.Street => listing.Address.Street,
        C.PostalCode => listing.Address.PostalCode,
        C.City => listing.Address.City,
        C.District => listing.DistrictId is { } id ? districtNames[id] : null,
        C.Latitude => listing.Location?.Latitude.ToString("R", CultureInfo.InvariantCulture),
        C.Longitude => listing.Location?.Longitude.ToString("R", CultureInfo.InvariantCulture),
        C.Phone => listing.Phone,
        C.Email => listing.Email,
        C.Website => listing.Website,
        C.OpeningHours => listing.OpeningHours,
        C.Keywords => string.Join(C.ListSeparator, listing.Keywords),
        C.Features => string.Join(C.ListSeparator, Features),
        OpenDataField.Wheelchair => listing.Accessibility.WheelchairOsmValue,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Not a column of the open-data export."),
    };
}
