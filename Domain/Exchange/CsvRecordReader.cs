using System.Text;

namespace HalloBot.Domain.Exchange;

/// <summary>
/// Streams the records of an RFC 4180 CSV file: <c>"</c> doubles inside quoted fields, quoted fields
/// may hold the delimiter and line breaks. The delimiter (<c>;</c> or <c>,</c>) is taken from the first
/// record. Blank lines are skipped but counted, so that row numbers match what a spreadsheet shows.
/// </summary>
public sealed class CsvRecordReader
{
    private const int EndOfFile = -1;

    private readonly TextReader _reader;
    private readonly StrictUtf8.InvalidByteMarker? _marker;
    private readonly char[] _buffer = new char[1 << 15];
    private readonly StringBuilder _field = new();
    private readonly List<string> _fields = [];
    private int _position;
    private int _length;
    private int _nextRow = 1;
    private char? _delimiter;

    /// <summary>Reads text that is already decoded; the delimiter is detected from the first record.</summary>
    public CsvRecordReader(TextReader reader)
        : this(reader, null, null)
    {
    }

    private CsvRecordReader(TextReader reader, StrictUtf8.InvalidByteMarker? marker, char? delimiter)
    {
        _reader = reader;
        _marker = marker;
        _delimiter = delimiter;
    }

    /// <summary>The detected delimiter; known once the first record has been read.</summary>
    public char? Delimiter => _delimiter;

    /// <summary>Reads UTF-8 bytes (with or without BOM); bytes that are not UTF-8 raise <see cref="CsvEncodingException"/>.</summary>
    public static CsvRecordReader Open(Stream stream)
    {
        var reader = StrictUtf8.OpenReader(stream, out var marker);
        return new CsvRecordReader(reader, marker, null);
    }

    /// <summary>The next record that is not blank, or null at the end of the file.</summary>
    /// <exception cref="CsvEncodingException">The bytes of the file are not UTF-8.</exception>
    public CsvRecord? Read()
    {
        while (true)
        {
            if (Peek() == EndOfFile)
            {
                return null;
            }

            var row = _nextRow++;
            var record = _delimiter is { } delimiter ? ReadFields(row, delimiter) : ReadFirstRecord(row);
            if (!record.IsBlank || record.Problem is not null)
            {
                return record;
            }
        }
    }

    /// <summary>
    /// The delimiter is whichever of <c>;</c> and <c>,</c> occurs more often outside quotes in the
    /// first record; a header of a single column falls back to <c>;</c>, the format's own choice.
    /// </summary>
    private CsvRecord ReadFirstRecord(int row)
    {
        var raw = new StringBuilder();
        int semicolons = 0, commas = 0;
        var quoted = false;
        while (true)
        {
            var c = Next(row, 0);
            if (c == EndOfFile)
            {
                break;
            }

            if (!quoted && (c == '\n' || c == '\r'))
            {
                if (c == '\r' && Peek() == '\n')
                {
                    Next(row, 0);
                }

                break;
            }

            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }

            raw.Append((char)c);
        }

        _delimiter = commas > semicolons ? ',' : ';';
        var header = new CsvRecordReader(new StringReader(raw.ToString()), null, _delimiter).ReadFields(row, _delimiter.Value);
        return header;
    }

    private CsvRecord ReadFields(int row, char delimiter)
    {
        _fields.Clear();
        CsvFieldProblem? problem = null;
        while (true)
        {
            _field.Clear();
            var fieldIndex = _fields.Count;
            int c;
            if (Peek() == '"')
            {
                Next(row, fieldIndex);
                c = ReadQuotedField(row, fieldIndex, delimiter, ref problem);
            }
            else
            {
                c = ReadPlainField(row, fieldIndex, delimiter);
            }

            _fields.Add(_field.ToString());
            if (c == delimiter)
            {
                continue;
            }

            if (c == '\r' && Peek() == '\n')
            {
                Next(row, fieldIndex);
            }

            return new CsvRecord(row, _fields.ToArray(), problem);
        }
    }

    /// <returns>The character that ended the field: the delimiter, a line break or end of file.</returns>
    private int ReadPlainField(int row, int fieldIndex, char delimiter)
    {
        while (true)
        {
            var c = Next(row, fieldIndex);
            if (c == EndOfFile || c == delimiter || c == '\n' || c == '\r')
            {
                return c;
            }

            // A stray quote inside an unquoted field is taken literally, as spreadsheets do.
            _field.Append((char)c);
        }
    }

    private int ReadQuotedField(int row, int fieldIndex, char delimiter, ref CsvFieldProblem? problem)
    {
        while (true)
        {
            var c = Next(row, fieldIndex);
            if (c == EndOfFile)
            {
                problem ??= new CsvFieldProblem(fieldIndex, ExchangeMessages.QuoteNotClosed);
                return c;
            }

            if (c != '"')
            {
                _field.Append((char)c);
                continue;
            }

            if (Peek() == '"')
            {
                Next(row, fieldIndex);
                _field.Append('"');
                continue;
            }

            var after = Peek();
            if (after == EndOfFile || after == delimiter || after == '\n' || after == '\r')
            {
                return Next(row, fieldIndex);
            }

            problem ??= new CsvFieldProblem(fieldIndex, ExchangeMessages.TextAfterClosingQuote);
            return ReadPlainField(row, fieldIndex, delimiter);
        }
    }

    private int Peek()
    {
        if (_position == _length && !Fill())
        {
            return EndOfFile;
        }

        return _buffer[_position];
    }

    private int Next(int row, int fieldIndex)
    {
        if (_position == _length && !Fill())
        {
            return EndOfFile;
        }

        var c = _buffer[_position++];
        if (c == StrictUtf8.ReplacementChar && _marker is { Seen: true })
        {
            throw new CsvEncodingException(row, fieldIndex);
        }

        return c;
    }

    private bool Fill()
    {
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}
