using System.Text;
using HalloBot.Domain.Exchange;
using C = HalloBot.Domain.Exchange.ListingCsvColumns;

namespace HalloBot.Web.Features.OpenData;

/// <summary>
/// The open fields in the exchange format (<c>;</c>, UTF-8 with a byte-order mark, the export's column order),
/// so that the file opens in Excel and goes back in through <c>import</c>. Text goes out through the same
/// formula guard as the export.
/// </summary>
public static class OpenDataCsvWriter
{
    public static async Task WriteAsync(Stream output, IAsyncEnumerable<OpenDataRow> rows, IReadOnlyList<OpenDataField> fields, CancellationToken cancellationToken)
    {
        var open = fields.SelectMany(f => f.Columns).ToHashSet();
        var columns = OpenDataField.ColumnOrder.Where(open.Contains).ToArray();
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 1 << 16, leaveOpen: true);
        var csv = new CsvWriter(writer, ';');
        await csv.WriteRecordAsync(columns);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await csv.WriteRecordAsync(columns.Select(column => Guarded(column, row.Text(column))));
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string? Guarded(string column, string? value) => value is null ? null : column switch
    {
        C.Latitude or C.Longitude or C.Features or OpenDataField.Wheelchair => value,
        C.Phone => SpreadsheetFormulaGuard.DefusePhone(value),
        _ => SpreadsheetFormulaGuard.Defuse(value),
    };
}
