namespace HalloBot.Domain.Exchange;

/// <summary>A whole exchange file read and checked, before anything is written.</summary>
public sealed class ListingCsvFile
{
    private ListingCsvFile(List<ListingRow> rows, List<ImportMessage> errors, List<ImportMessage> warnings)
    {
        Rows = rows;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>The valid rows in file order; empty when there are errors.</summary>
    public IReadOnlyList<ListingRow> Rows { get; }

    /// <summary>Every error of the file, in row order.</summary>
    public IReadOnlyList<ImportMessage> Errors { get; }

    public IReadOnlyList<ImportMessage> Warnings { get; }

    public bool HasErrors => Errors.Count > 0;

    /// <summary>Reads and checks every row of <paramref name="stream"/> (UTF-8, with or without BOM).</summary>
    public static ListingCsvFile Read(Stream stream)
    {
        var rows = new List<ListingRow>();
        var errors = new List<ImportMessage>();
        var warnings = new List<ImportMessage>();
        var reader = CsvRecordReader.Open(stream);
        ListingCsvHeader? header = null;
        try
        {
            var first = reader.Read();
            if (first is null)
            {
                errors.Add(new ImportMessage(1, null, ExchangeMessages.EmptyFile(ListingCsvColumns.All)));
                return new ListingCsvFile(rows, errors, warnings);
            }

            header = ListingCsvHeader.Read(first, errors, warnings);
            var validator = new ListingRowValidator(header, reader.Delimiter!.Value);
            var externalIds = new Dictionary<string, int>(StringComparer.Ordinal);
            while (reader.Read() is { } record)
            {
                var row = validator.Validate(record, errors);
                var externalId = ListingRowValidator.Restore(ListingCsvColumns.ExternalId, header.Cell(record, ListingCsvColumns.ExternalId)).Trim();
                if (ReservedExternalId.TryParse(externalId, out var listingId))
                {
                    // "hallobot:7" and "hallobot:07" name the same listing.
                    externalId = ReservedExternalId.For(listingId);
                }

                if (externalId.Length > 0 && !externalIds.TryAdd(externalId, record.Row))
                {
                    errors.Add(new ImportMessage(record.Row, ListingCsvColumns.ExternalId, ExchangeMessages.DuplicateExternalId(externalId, externalIds[externalId])));
                    row = null;
                }

                // Once the file is known to be refused, the rows themselves are no longer needed, only their errors.
                if (row is not null && errors.Count == 0)
                {
                    rows.Add(row);
                }
            }
        }
        catch (CsvEncodingException e)
        {
            errors.Add(new ImportMessage(e.Row, header is null || e.Row == header.Row ? null : header.ColumnName(e.FieldIndex), ExchangeMessages.NotUtf8));
        }

        return errors.Count > 0 ? new ListingCsvFile([], errors, warnings) : new ListingCsvFile(rows, errors, warnings);
    }
}
