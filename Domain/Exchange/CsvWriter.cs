using System.Text;

namespace HalloBot.Domain.Exchange;

/// <summary>
/// Writes RFC 4180 records: a field is quoted only where it holds the delimiter, a quote or a line break.
/// Public for the open-data export, which writes the same format with fewer columns.
/// </summary>
public sealed class CsvWriter(TextWriter writer, char delimiter)
{
    private readonly StringBuilder _line = new();

    public async Task WriteRecordAsync(IEnumerable<string?> fields)
    {
        _line.Clear();
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                _line.Append(delimiter);
            }

            first = false;
            AppendField(field ?? "");
        }

        _line.Append("\r\n");
        await writer.WriteAsync(_line);
    }

    private void AppendField(string field)
    {
        var needsQuotes = field.Contains(delimiter) || field.Contains('"') || field.Contains('\n') || field.Contains('\r')
            || (field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1])));
        if (!needsQuotes)
        {
            _line.Append(field);
            return;
        }

        _line.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
    }
}
