using System.Globalization;
using System.Text;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using C = HalloBot.Domain.Exchange.ListingCsvColumns;

namespace HalloBot.Domain.Exchange;

/// <summary>
/// Writes every listing, drafts included, in the exchange format: <c>;</c> as delimiter and UTF-8
/// with a byte-order mark, which is what Excel needs to open umlauts correctly with a double click.
/// Text that a spreadsheet would run as a formula goes out defused (<see cref="SpreadsheetFormulaGuard"/>).
/// </summary>
public sealed class ListingExporter(HalloBotDbContext db)
{
    public async Task<int> ExportAsync(Stream output, CancellationToken cancellationToken = default)
    {
        var categoryNames = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var districtNames = await db.Districts.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);

        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 1 << 16, leaveOpen: true);
        var csv = new CsvWriter(writer, ';');
        await csv.WriteRecordAsync(C.All);
        var count = 0;
        var listings = db.Listings.AsNoTracking().Include(l => l.Categories).OrderBy(l => l.Id).AsAsyncEnumerable();
        await foreach (var listing in listings.WithCancellation(cancellationToken))
        {
            await csv.WriteRecordAsync(Fields(listing, categoryNames, districtNames));
            count++;
        }

        await writer.FlushAsync(cancellationToken);
        return count;
    }

    private static string?[] Fields(Listing listing, Dictionary<int, string> categoryNames, Dictionary<int, string> districtNames) =>
    [
        Text(listing.ExternalId ?? ReservedExternalId.For(listing.Id)),
        Text(listing.Name),
        Text(string.Join(C.ListSeparator, listing.Categories.OrderBy(c => c.Position).Select(c => categoryNames[c.CategoryId]))),
        Text(listing.Description),
        Text(listing.Address.Street),
        Text(listing.Address.PostalCode),
        Text(listing.Address.City),
        Text(listing.DistrictId is { } districtId ? districtNames[districtId] : null),
        // "R" gives the shortest text that reads back as the same double, so a re-import finds nothing changed.
        listing.Location?.Latitude.ToString("R", CultureInfo.InvariantCulture),
        listing.Location?.Longitude.ToString("R", CultureInfo.InvariantCulture),
        listing.Phone is null ? null : SpreadsheetFormulaGuard.DefusePhone(listing.Phone),
        Text(listing.Email),
        Text(listing.Website),
        Text(listing.OpeningHours),
        Text(string.Join(C.ListSeparator, listing.Keywords)),
        string.Join(C.ListSeparator, ListingFeatureCodes.Split(listing.Features).Select(ListingFeatureCodes.ToCode)),
        StatusCode(listing.Status),
    ];

    /// <summary>Text that people or other systems wrote, and so may start like a formula (<see cref="SpreadsheetFormulaGuard"/>).</summary>
    private static string? Text(string? value) => value is null ? null : SpreadsheetFormulaGuard.Defuse(value);

    /// <summary>
    /// The format knows only published and draft. A listing in review or suspended is not public, so it
    /// goes out as draft; the importer keeps such a listing's own status when "draft" comes back.
    /// </summary>
    private static string StatusCode(ListingStatus status) =>
        status == ListingStatus.Published ? "published" : "draft";
}
