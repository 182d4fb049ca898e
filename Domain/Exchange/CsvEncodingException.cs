namespace HalloBot.Domain.Exchange;

/// <summary>The file's bytes are not UTF-8; <see cref="Row"/> is where the first wrong byte sits.</summary>
public sealed class CsvEncodingException : Exception
{
    public CsvEncodingException()
    {
    }

    public CsvEncodingException(string message)
        : base(message)
    {
    }

    public CsvEncodingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CsvEncodingException(int row, int fieldIndex)
        : base($"Row {row} is not valid UTF-8.")
    {
        Row = row;
        FieldIndex = fieldIndex;
    }

    public int Row { get; }
    public int FieldIndex { get; }
}
