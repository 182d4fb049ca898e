namespace HalloBot.Domain.Exchange;

/// <summary>Where each column of the format sits in a file: any order, names case-insensitive.</summary>
public sealed class ListingCsvHeader
{
    private readonly Dictionary<string, int> _indexes;
    private readonly string[] _names;

    private ListingCsvHeader(int row, Dictionary<string, int> indexes, string[] names)
    {
        Row = row;
        _indexes = indexes;
        _names = names;
    }

    public int Row { get; }

    public bool Has(string column) => _indexes.ContainsKey(column);

    /// <summary>The cell of <paramref name="column"/>, or "" where the column is absent or the row is short.</summary>
    public string Cell(CsvRecord record, string column) =>
        _indexes.TryGetValue(column, out var i) && i < record.Fields.Count ? record.Fields[i] : "";

    /// <summary>The header name of a field; for a field beyond the header, its position (<c>#18</c>).</summary>
    public string ColumnName(int fieldIndex) =>
        fieldIndex < _names.Length && _names[fieldIndex].Length > 0 ? _names[fieldIndex] : $"#{fieldIndex + 1}";

    public int Count => _names.Length;

    public static ListingCsvHeader Read(CsvRecord record, ICollection<ImportMessage> errors, ICollection<ImportMessage> warnings)
    {
        var indexes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var names = new string[record.Fields.Count];
        for (var i = 0; i < record.Fields.Count; i++)
        {
            var name = record.Fields[i].Trim();
            var known = ListingCsvColumns.All.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            names[i] = known ?? name;
            if (name.Length == 0)
            {
                // Spreadsheets often save a few empty columns to the right; they carry nothing.
                continue;
            }

            if (known is null)
            {
                warnings.Add(new ImportMessage(record.Row, name, ExchangeMessages.UnknownColumn(ListingCsvColumns.All)));
            }
            else if (!indexes.TryAdd(known, i))
            {
                errors.Add(new ImportMessage(record.Row, known, ExchangeMessages.ColumnTwice));
            }
        }

        foreach (var required in ListingCsvColumns.Required.Where(c => !indexes.ContainsKey(c)))
        {
            errors.Add(new ImportMessage(record.Row, required, ExchangeMessages.RequiredColumnMissing));
        }

        if (record.Problem is { } problem)
        {
            errors.Add(new ImportMessage(record.Row, null, problem.Message));
        }

        return new ListingCsvHeader(record.Row, indexes, names);
    }
}
