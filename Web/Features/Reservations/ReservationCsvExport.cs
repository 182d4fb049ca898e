using System.Globalization;
using System.Text;
using HalloBot.Domain.Exchange;
using HalloBot.Domain.Reservations;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Reservations;

/// <summary>
/// The shop's reservations as CSV for a spreadsheet: <c>;</c>, UTF-8 with BOM, as the listing export. Every text a
/// resident typed goes through the formula guard: a name such as <c>=HYPERLINK(…)</c> must not become a live cell.
/// </summary>
public sealed class ReservationCsvExport(IStringLocalizer<SharedResource> t, WorkingDays days)
{
    public async Task<byte[]> WriteAsync(IAsyncEnumerable<Reservation> reservations, CancellationToken cancellationToken)
    {
        await using var buffer = new MemoryStream();
        await using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        {
            var csv = new CsvWriter(writer, ';');
            await csv.WriteRecordAsync(Columns.Select(c => t[$"Reservations.Csv.{c}"].Value));
            await foreach (var r in reservations.WithCancellation(cancellationToken))
            {
                await csv.WriteRecordAsync(
                [
                    r.Id.ToString(CultureInfo.InvariantCulture),
                    SpreadsheetFormulaGuard.Defuse(r.OfferTitle),
                    SpreadsheetFormulaGuard.Defuse(r.Name),
                    SpreadsheetFormulaGuard.Defuse(r.Email),
                    r.Phone is null ? "" : SpreadsheetFormulaGuard.DefusePhone(r.Phone),
                    r.Quantity.ToString(CultureInfo.InvariantCulture),
                    r.PreferredPickupDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    r.PickupDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                    r.PickupFrom?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "",
                    r.PickupUntil?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "",
                    t[$"Reservations.Status.{r.Status}"].Value,
                    Local(r.ConfirmedAt ?? r.CreatedAt),
                    r.ClosedAt is { } closed ? Local(closed) : "",
                    SpreadsheetFormulaGuard.Defuse(r.Message ?? ""),
                    SpreadsheetFormulaGuard.Defuse(r.ShopNote ?? ""),
                ]);
            }
        }

        return buffer.ToArray();
    }

    private static readonly string[] Columns =
        ["Number", "Offer", "Name", "Email", "Phone", "Quantity", "PreferredDay", "PickupDay", "PickupFrom", "PickupUntil", "Status", "Sent", "Closed", "Message", "Note"];

    private string Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), days.Calendar.TimeZone)
            .ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
