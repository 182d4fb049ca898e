using System.Text;
using HalloBot.Domain.Exchange;

namespace HalloBot.UnitTests.Exchange;

public sealed class CsvRecordReaderTests
{
    [Fact]
    public void Read_LineBreaksInsideQuotes_StayInTheFieldAndDoNotStartARow()
    {
        var records = ReadAll("a;b\r\n1;\"first line\r\nsecond line\nthird\"\r\n2;x\r\n");

        Assert.Equal([1, 2, 3], records.Select(r => r.Row));
        Assert.Equal("first line\r\nsecond line\nthird", records[1].Fields[1]);
        Assert.Equal(["2", "x"], records[2].Fields);
    }

    [Fact]
    public void Read_DoubledQuotesAndDelimiterInsideQuotes_AreUnescaped()
    {
        var records = ReadAll("a;b\n\"Café \"\"Zum Eck\"\"\";\"x;y\"\n");

        Assert.Equal(["Café \"Zum Eck\"", "x;y"], records[1].Fields);
        Assert.Null(records[1].Problem);
    }

    [Theory]
    [InlineData("name;city\nA, B;Bottrop\n", ';', "A, B")]
    [InlineData("name,city\n\"A; B\",Bottrop\n", ',', "A; B")]
    [InlineData("\"name;x\",city\nA,Bottrop\n", ',', "A")]
    public void Read_Header_DetectsTheDelimiterOutsideQuotes(string csv, char expected, string firstValue)
    {
        var reader = new CsvRecordReader(new StringReader(csv));
        var header = reader.Read()!;
        var row = reader.Read()!;

        Assert.Equal(expected, reader.Delimiter);
        Assert.Equal(2, header.Fields.Count);
        Assert.Equal(firstValue, row.Fields[0]);
    }

    [Fact]
    public void Read_EmptyAndDelimiterOnlyLines_AreSkippedButCounted()
    {
        var records = ReadAll("a;b\n\n1;2\n;;\r\n\r\n3;4");

        Assert.Equal([1, 3, 6], records.Select(r => r.Row));
        Assert.Equal(["3", "4"], records[2].Fields);
    }

    [Fact]
    public void Open_ByteOrderMark_IsNotPartOfTheFirstColumn()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("name;city\nBäckerei;Bottrop\n")).ToArray();
        var reader = CsvRecordReader.Open(new MemoryStream(bytes));

        Assert.Equal(["name", "city"], reader.Read()!.Fields);
        Assert.Equal(["Bäckerei", "Bottrop"], reader.Read()!.Fields);
    }

    [Fact]
    public void Open_Windows1252Bytes_ThrowsWithTheRowAndField()
    {
        var bytes = Encoding.Latin1.GetBytes("name;city\nA;Bottrop\nB;Gelsenkirchen\nC;M\u00fcnster\n");
        var reader = CsvRecordReader.Open(new MemoryStream(bytes));

        var error = Assert.Throws<CsvEncodingException>(() =>
        {
            while (reader.Read() is not null)
            {
            }
        });
        Assert.Equal(4, error.Row);
        Assert.Equal(1, error.FieldIndex);
    }

    [Fact]
    public void Open_ReplacementCharacterWrittenAsUtf8_IsAccepted()
    {
        var reader = CsvRecordReader.Open(new MemoryStream(Encoding.UTF8.GetBytes("name\nA\uFFFDB\n")));
        reader.Read();

        Assert.Equal("A\uFFFDB", reader.Read()!.Fields[0]);
    }

    [Fact]
    public void Read_UnclosedQuote_ReportsAProblemForThatField()
    {
        var records = ReadAll("a;b\n1;\"never closed\n2;3\n");

        Assert.Equal(2, records[1].Row);
        Assert.Equal(1, records[1].Problem!.FieldIndex);
        Assert.Contains("nicht geschlossen", records[1].Problem!.Message);
    }

    [Fact]
    public void Read_TextAfterClosingQuote_ReportsAProblemAndReadsOn()
    {
        var records = ReadAll("a;b\n\"x\"y;1\n2;3\n");

        Assert.Equal(0, records[1].Problem!.FieldIndex);
        Assert.Equal(["2", "3"], records[2].Fields);
        Assert.Equal(3, records[2].Row);
    }

    private static List<CsvRecord> ReadAll(string csv)
    {
        var reader = new CsvRecordReader(new StringReader(csv));
        var records = new List<CsvRecord>();
        while (reader.Read() is { } record)
        {
            records.Add(record);
        }

        return records;
    }
}
