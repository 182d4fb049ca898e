namespace HalloBot.Web.Features.OpenData;

/// <summary>The export's contract in words, shown in the OpenAPI document and the API reference.</summary>
internal static class OpenDataDocumentation
{
    private const string Common =
        "Only published listings, only the fields the office has opened (setting HalloBot:OpenData:Fields; by default name, " +
        "categories, address, district, location, phone, website, opening_hours, features and wheelchair; never e-mail unless opened). " +
        "`opening_hours` is OpenStreetMap opening_hours syntax. Licence: see the DCAT description (default dl-de/by-2-0). " +
        "Streamed; ETag and Last-Modified follow the newest change of a published listing, and If-None-Match or " +
        "If-Modified-Since answer 304 without a body.";

    public const string Csv =
        "The exchange format (UTF-8 with BOM, `;`, RFC 4180 quoting, header row), restricted to the open columns in the " +
        "export's order, then `wheelchair` (OpenStreetMap values yes, limited, no; empty when unknown), which the exchange format does not have yet; `categories` and `features` are separated by `|`. Text a spreadsheet would run as a formula starts " +
        "with an apostrophe. The file goes back in through the import command. Every published listing, ordered by listing number. " + Common;

    public const string GeoJson =
        "An RFC 7946 FeatureCollection: one Point feature per published listing with a location, coordinates [longitude, " +
        "latitude] in WGS84, `id` the listing's slug, `properties` the open fields under their CSV names (categories, keywords " +
        "and features as arrays; address as street, postal_code, city). Listings without a location are left out (the CSV has " +
        "them). 404 when the office has not opened the field location. " + Common;

    public const string Dcat =
        "The dataset \"Hallo-Bot Unternehmensverzeichnis Bottrop\" in DCAT-AP.de as JSON-LD: publisher and contact, licence, " +
        "contributorID, modified (the newest change of a published listing), spatial (Bottrop by its Gemeindeschlüssel), " +
        "theme ECON, and the CSV and GeoJSON distributions.";
}
