using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using HalloBot.Domain.Listings;
using C = HalloBot.Domain.Exchange.ListingCsvColumns;

namespace HalloBot.Web.Features.OpenData;

/// <summary>
/// The open fields as an RFC 7946 FeatureCollection: one Point feature per listing, coordinates in
/// longitude, latitude order (WGS84), the feature's <c>id</c> the listing's slug. Listings without a location
/// are left out rather than given a null geometry, which many map tools refuse or silently drop; the CSV
/// has every listing. Properties carry the exchange format's names; lists are JSON arrays.
/// </summary>
public static class OpenDataGeoJsonWriter
{
    private const int FlushThreshold = 1 << 16;

    // Umlauts as they are ("Bäckerei", not "B\u00E4ckerei"); characters that matter in HTML stay escaped.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<OpenDataRow> rows, IReadOnlyList<OpenDataField> fields, CancellationToken cancellationToken)
    {
        var open = fields.SelectMany(f => f.Columns).ToHashSet();
        var columns = OpenDataField.ColumnOrder.Where(c => open.Contains(c) && c is not (C.Latitude or C.Longitude)).ToArray();
        await using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (row.Listing.Location is not { } location)
            {
                continue;
            }

            WriteFeature(json, row, location, columns);
            if (json.BytesPending > FlushThreshold)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteFeature(Utf8JsonWriter json, OpenDataRow row, GeoPoint location, string[] columns)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteString("id", row.Listing.Slug);
        json.WriteStartObject("geometry");
        json.WriteString("type", "Point");
        json.WriteStartArray("coordinates");
        json.WriteNumberValue(location.Longitude);
        json.WriteNumberValue(location.Latitude);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("properties");
        foreach (var column in columns)
        {
            WriteProperty(json, row, column);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteProperty(Utf8JsonWriter json, OpenDataRow row, string column)
    {
        switch (column)
        {
            case C.Categories:
                WriteArray(json, column, row.Categories);
                break;
            case C.Keywords:
                WriteArray(json, column, row.Listing.Keywords);
                break;
            case C.Features:
                WriteArray(json, column, row.Features);
                break;
            default:
                if (row.Text(column) is { } text)
                {
                    json.WriteString(column, text);
                }
                else
                {
                    json.WriteNull(column);
                }

                break;
        }
    }

    private static void WriteArray(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
