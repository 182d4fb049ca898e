namespace HalloBot.Domain.Exchange;

/// <summary>The column names of the listing exchange format, in the order an export writes them.</summary>
public static class ListingCsvColumns
{
    public const string ExternalId = "external_id";
    public const string Name = "name";
    public const string Categories = "categories";
    public const string Description = "description";
    public const string Street = "street";
    public const string PostalCode = "postal_code";
    public const string City = "city";
    public const string District = "district";
    public const string Latitude = "latitude";
    public const string Longitude = "longitude";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Website = "website";
    public const string OpeningHours = "opening_hours";
    public const string Keywords = "keywords";
    public const string Features = "features";
    public const string Status = "status";

    /// <summary>Separates the entries of <c>categories</c>, <c>keywords</c> and <c>features</c>.</summary>
    public const char ListSeparator = '|';

    public static IReadOnlyList<string> All { get; } =
    [
        ExternalId, Name, Categories, Description, Street, PostalCode, City, District, Latitude, Longitude,
        Phone, Email, Website, OpeningHours, Keywords, Features, Status,
    ];

    public static IReadOnlyList<string> Required { get; } = [Name, Categories, Street, PostalCode, City];
}
