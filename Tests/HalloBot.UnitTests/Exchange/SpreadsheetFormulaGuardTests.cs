using FsCheck.Xunit;
using HalloBot.Domain.Exchange;

namespace HalloBot.UnitTests.Exchange;

public sealed class SpreadsheetFormulaGuardTests
{
    private const string Starts = "=+-@\t\r'x ";

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("'=1", "''=1")]
    [InlineData("Bäckerei = Glück", "Bäckerei = Glück")]
    [InlineData("'Zum Anker'", "'Zum Anker'")]
    [InlineData("", "")]
    public void Defuse_Text_PutsAnApostropheBeforeFormulaStarts(string value, string expected)
    {
        Assert.Equal(expected, SpreadsheetFormulaGuard.Defuse(value));
    }

    [Theory]
    [InlineData("+49 2041 12345", "+49 2041 12345")]
    [InlineData("02041 12345", "02041 12345")]
    [InlineData("+49 (2041) 12345", "'+49 (2041) 12345")]
    [InlineData("+", "'+")]
    [InlineData("+ ", "'+ ")]
    [InlineData("+1+2", "'+1+2")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("-12345", "'-12345")]
    public void DefusePhone_Phone_KeepsPlusFollowedByDigitsAndSpaces(string value, string expected)
    {
        Assert.Equal(expected, SpreadsheetFormulaGuard.DefusePhone(value));
    }

    [Theory]
    [InlineData("'=HYPERLINK(\"http://evil\")", "=HYPERLINK(\"http://evil\")")]
    [InlineData("''=1", "'=1")]
    [InlineData("'+49 2041/12345", "+49 2041/12345")]
    [InlineData("'Zum Anker'", "'Zum Anker'")]
    [InlineData("'", "'")]
    [InlineData("=1", "=1")]
    public void Restore_Cell_TakesOffExactlyTheApostropheOfAnExport(string cell, string expected)
    {
        Assert.Equal(expected, SpreadsheetFormulaGuard.Restore(cell));
    }

    [Property(MaxTest = 1000)]
    public void Restore_DefusedValue_GivesBackTheValue(byte[] starts, string? rest)
    {
        var value = new string(starts.Take(4).Select(b => Starts[b % Starts.Length]).ToArray()) + rest;

        Assert.Equal(value, SpreadsheetFormulaGuard.Restore(SpreadsheetFormulaGuard.Defuse(value)));
        Assert.Equal(value, SpreadsheetFormulaGuard.Restore(SpreadsheetFormulaGuard.DefusePhone(value)));
        Assert.False(StartsAFormula(SpreadsheetFormulaGuard.Defuse(value)));
    }

    private static bool StartsAFormula(string cell) => cell.Length > 0 && "=+-@\t\r".Contains(cell[0]);
}
