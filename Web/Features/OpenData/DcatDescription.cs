using System.Globalization;
using System.Text.Json.Nodes;

namespace HalloBot.Web.Features.OpenData;

/// <summary>
/// The dataset's description in DCAT-AP.de (JSON-LD), for GovData and Open.NRW to harvest: one
/// <c>dcat:Dataset</c> with its CSV and GeoJSON distributions, the office as publisher, the licence per
/// distribution (DCAT-AP.de wants it there), Bottrop as area by its Gemeindeschlüssel, theme ECON.
/// </summary>
public static class DcatDescription
{
    public const string Title = "Hallo-Bot Unternehmensverzeichnis Bottrop";

    public const string Description =
        "Die veröffentlichten Einträge des Unternehmensverzeichnisses Hallo-Bot der Stadt Bottrop: Geschäfte, Handwerk " +
        "und Dienstleister mit Branche, Stadtteil, Adresse, Lage, Öffnungszeiten (OpenStreetMap-Syntax) und Kontakt. " +
        "Laufend aktuell; enthält nur die Felder, die die Wirtschaftsförderung freigegeben hat.";

    private const string EuVocabularies = "http://publications.europa.eu/resource/authority/";
    private const string PoliticalGeocoding = "http://dcat-ap.de/def/politicalGeocoding/";

    /// <param name="siteRoot">The site's absolute root without a trailing slash.</param>
    public static JsonObject Build(OpenDataOptions options, string siteRoot, DateTime? modified)
    {
        var self = $"{siteRoot}{OpenDataController.DcatPath}";
        var place = $"{PoliticalGeocoding}municipalityKey/{options.MunicipalityKey}";
        var dataset = new JsonObject
        {
            ["@context"] = new JsonObject
            {
                ["dcat"] = "http://www.w3.org/ns/dcat#",
                ["dct"] = "http://purl.org/dc/terms/",
                ["dcatde"] = "http://dcat-ap.de/def/dcatde/",
                ["foaf"] = "http://xmlns.com/foaf/0.1/",
                ["vcard"] = "http://www.w3.org/2006/vcard/ns#",
                ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
            },
            ["@id"] = $"{self}#dataset",
            ["@type"] = "dcat:Dataset",
            ["dct:identifier"] = $"{self}#dataset",
            ["dct:title"] = German(Title),
            ["dct:description"] = German(Description),
            ["dcat:keyword"] = new JsonArray(German("Unternehmen"), German("Geschäfte"), German("Öffnungszeiten"), German("Bottrop")),
            ["dcat:theme"] = Reference($"{EuVocabularies}data-theme/ECON"),
            ["dct:language"] = Reference($"{EuVocabularies}language/DEU"),
            ["dct:accrualPeriodicity"] = Reference($"{EuVocabularies}frequency/CONT"),
            ["dct:spatial"] = Reference(place),
            ["dcatde:politicalGeocodingURI"] = Reference(place),
            ["dcatde:politicalGeocodingLevelURI"] = Reference($"{PoliticalGeocoding}Level/municipality"),
            ["dcatde:contributorID"] = Reference(options.ContributorId),
            ["dct:publisher"] = new JsonObject
            {
                ["@id"] = options.PublisherUrl,
                ["@type"] = "foaf:Organization",
                ["foaf:name"] = options.PublisherName,
            },
            ["dcat:contactPoint"] = new JsonObject
            {
                ["@type"] = "vcard:Organization",
                ["vcard:fn"] = options.PublisherName,
                ["vcard:hasEmail"] = Reference($"mailto:{options.PublisherEmail}"),
            },
            ["dcat:landingPage"] = Reference($"{siteRoot}/api"),
            ["dcat:distribution"] = new JsonArray(
                Distribution(options, siteRoot, OpenDataController.CsvPath, "Unternehmen als CSV (Austauschformat, Semikolon, UTF-8)", "CSV", "text/csv", modified),
                Distribution(options, siteRoot, OpenDataController.GeoJsonPath, "Unternehmen als GeoJSON (RFC 7946)", "GEOJSON", "application/geo+json", modified)),
        };
        if (modified is { } when)
        {
            dataset["dct:modified"] = DateTimeValue(when);
        }

        return dataset;
    }

    private static JsonObject Distribution(
        OpenDataOptions options, string siteRoot, string path, string title, string fileType, string mediaType, DateTime? modified)
    {
        var url = siteRoot + path;
        var distribution = new JsonObject
        {
            ["@id"] = $"{url}#distribution",
            ["@type"] = "dcat:Distribution",
            ["dct:title"] = German(title),
            ["dcat:accessURL"] = Reference(url),
            ["dcat:downloadURL"] = Reference(url),
            ["dct:format"] = Reference($"{EuVocabularies}file-type/{fileType}"),
            ["dcat:mediaType"] = Reference($"https://www.iana.org/assignments/media-types/{mediaType}"),
            ["dct:license"] = Reference(options.License),
            ["dcatde:licenseAttributionByText"] = options.LicenseAttribution,
        };
        if (modified is { } when)
        {
            distribution["dct:modified"] = DateTimeValue(when);
        }

        return distribution;
    }

    private static JsonObject Reference(string iri) => new() { ["@id"] = iri };

    private static JsonObject German(string text) => new() { ["@value"] = text, ["@language"] = "de" };

    private static JsonObject DateTimeValue(DateTime utc) => new()
    {
        ["@value"] = utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ["@type"] = "xsd:dateTime",
    };
}
