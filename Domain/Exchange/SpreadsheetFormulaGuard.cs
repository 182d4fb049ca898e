using System.Buffers;

namespace HalloBot.Domain.Exchange;

/// <summary>
/// Excel and LibreOffice take a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or
/// carriage return as a formula, so a listing named <c>=HYPERLINK("http://evil")</c> would turn into a
/// live link (or worse) in the office's spreadsheet: CSV injection. The export puts an apostrophe before
/// such text, which makes it plain text, and the import takes exactly that apostrophe off again, so a
/// round trip stays exact. Numbers are not guarded: coordinates start with <c>-</c> on their own.
/// </summary>
public static class SpreadsheetFormulaGuard
{
    private const char Apostrophe = '\'';

    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");
    private static readonly SearchValues<char> DigitsAndSpaces = SearchValues.Create("0123456789 ");

    /// <summary>The value as an export writes it: with an apostrophe before where a spreadsheet would see a formula.</summary>
    public static string Defuse(string value) => NeedsApostrophe(value) ? Apostrophe + value : value;

    /// <summary>
    /// As <see cref="Defuse"/>, except that <c>+49 2041 12345</c>, a plus followed by digits and spaces,
    /// stays as it is: an international number is what the business wrote, and no formula.
    /// </summary>
    public static string DefusePhone(string value) => IsInternationalNumber(value) ? value : Defuse(value);

    /// <summary>The value as stored: one apostrophe taken off where <see cref="Defuse"/> put it.</summary>
    public static string Restore(string value) =>
        value.Length > 1 && value[0] == Apostrophe && NeedsApostrophe(value[1..]) ? value[1..] : value;

    /// <summary>
    /// Apostrophes already in front count as well: <c>'=x</c> goes out as <c>''=x</c>, so that taking one
    /// apostrophe off on the way back in gives <c>'=x</c> again and not <c>=x</c>.
    /// </summary>
    private static bool NeedsApostrophe(string value)
    {
        var rest = value.AsSpan().TrimStart(Apostrophe);
        return rest.Length > 0 && FormulaStarts.Contains(rest[0]);
    }

    private static bool IsInternationalNumber(string value) =>
        value.StartsWith('+') && value.AsSpan(1).ContainsAnyInRange('0', '9') && !value.AsSpan(1).ContainsAnyExcept(DigitsAndSpaces);
}
