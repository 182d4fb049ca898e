namespace HalloBot.Domain.Exchange;

/// <summary>One record of a CSV file and the spreadsheet row it starts on.</summary>
/// <param name="Row">1-based, as a spreadsheet shows it: line breaks inside quotes do not count.</param>
/// <param name="Problem">A quoting mistake found while reading the record, if any.</param>
public sealed record CsvRecord(int Row, IReadOnlyList<string> Fields, CsvFieldProblem? Problem = null)
{
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);
}

/// <summary>What is wrong with the field at <paramref name="FieldIndex"/> (0-based) of a record.</summary>
public sealed record CsvFieldProblem(int FieldIndex, string Message);
