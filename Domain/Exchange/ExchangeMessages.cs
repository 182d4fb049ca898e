using HalloBot.Domain.Listings;

namespace HalloBot.Domain.Exchange;

/// <summary>
/// Every text the import and export report, in German for the office's staff. An <see cref="ImportMessage"/>
/// puts them after <c>row N, column C:</c>, the shape the exchange format fixes. Kept in one place so that
/// an admin page can later show them in another language.
/// </summary>
public static class ExchangeMessages
{
    private const int QuotedMaxLength = 60;

    /// <summary>A cell's value in German quotation marks, shortened where long.</summary>
    public static string Quote(string value) =>
        value.Length <= QuotedMaxLength ? $"„{value}“" : $"„{value[..(QuotedMaxLength - 3)]}...“";

    // The file as a whole
    public static string EmptyFile(IEnumerable<string> columns) =>
        $"die Datei ist leer; eine Kopfzeile mit den Spaltennamen ist nötig ({string.Join(";", columns)})";

    public const string NotUtf8 =
        "die Datei ist nicht als UTF-8-Text gespeichert, ihre Umlaute kämen daher verstümmelt an. "
        + "In Excel „Speichern unter“ > Dateityp „CSV UTF-8 (durch Trennzeichen getrennt) (*.csv)“ wählen; "
        + "in LibreOffice Calc „Speichern unter“ > „Text CSV (.csv)“ wählen, „Filtereinstellungen bearbeiten“ ankreuzen "
        + "und den Zeichensatz „Unicode (UTF-8)“ wählen. Dann die Datei erneut importieren";

    public const string QuoteNotClosed =
        "der Wert in Anführungszeichen wird nicht geschlossen: ein \" fehlt, daher wurde der Rest der Datei als dieser eine Wert gelesen";

    public const string TextAfterClosingQuote =
        "nach dem schließenden Anführungszeichen folgt noch Text; ein \" innerhalb eines Werts in Anführungszeichen muss verdoppelt werden (\"\")";

    // The header
    public static string UnknownColumn(IEnumerable<string> columns) =>
        $"unbekannte Spalte, wird übergangen (bekannte Spalten: {string.Join(", ", columns)})";

    public const string ColumnTwice = "die Spalte steht zweimal in der Kopfzeile";

    public const string RequiredColumnMissing = "der Kopfzeile fehlt diese Pflichtspalte";

    // Any cell
    public const string ValueRequired = "ein Wert ist nötig";

    public const string LineBreak = "darf keinen Zeilenumbruch enthalten";

    public static string TooLong(int length, int maxLength) =>
        $"ist {length} Zeichen lang; höchstens {maxLength} sind erlaubt";

    public static string BeyondHeader(string value) =>
        $"der Wert {Quote(value)} hat keine Spalte in der Kopfzeile";

    // external_id
    public static string DuplicateExternalId(string externalId, int firstRow) =>
        $"{Quote(externalId)} steht schon in Zeile {firstRow}";

    public static string ReservedPrefixMisused(string value) =>
        $"{Quote(value)} beginnt mit {ReservedExternalId.Prefix}; das ist einer Nummer eines Eintrags vorbehalten, wie sie ein Export schreibt (etwa {ReservedExternalId.For(42)})";

    public static string NoSuchListing(int listingId) =>
        $"es gibt keinen Eintrag {ReservedExternalId.For(listingId)}; external_id leer lassen, um einen neuen Eintrag anzulegen";

    public static string ListingHasExternalId(int listingId, string externalId) =>
        $"der Eintrag {ReservedExternalId.For(listingId)} hat die external_id {Quote(externalId)}; bitte diese angeben";

    // Columns with a meaning of their own
    public static string NoCategory(string value) => $"{Quote(value)} nennt keine Kategorie";

    public static string CategoryTooLong(string category, int maxLength) =>
        $"die Kategorie {Quote(category)} ist {category.Length} Zeichen lang; höchstens {maxLength} sind erlaubt";

    public static string NotAPostalCode(string value) => $"{Quote(value)} ist keine fünfstellige Postleitzahl";

    public static string CoordinateMissing(string givenColumn) =>
        $"fehlt, während {givenColumn} angegeben ist; beide oder keine angeben";

    public static string DecimalCommaWithCommaDelimiter(string value) =>
        $"{Quote(value)} hat ein Dezimalkomma, das nur mit „;“ als Trennzeichen angenommen wird; bitte einen Dezimalpunkt schreiben";

    public static string NotACoordinate(string value) => $"{Quote(value)} ist keine Zahl in Dezimalgrad";

    public static string CoordinateOutOfRange(string value, double limit) =>
        $"{Quote(value)} liegt außerhalb von -{limit} bis {limit}";

    public static string NotAnEmailAddress(string value) => $"{Quote(value)} ist keine gültige E-Mail-Adresse";

    public static string NotAWebsite(string value) =>
        $"{Quote(value)} ist keine absolute http- oder https-Adresse wie https://www.example.de";

    /// <param name="position">1-based, as a person counts characters.</param>
    public static string OpeningHoursNotUnderstood(string value, int position, string parserMessage) =>
        $"{Quote(value)} wird ab Zeichen {position} nicht verstanden: {parserMessage}";

    public static string NotAFeature(string value) =>
        $"{Quote(value)} ist kein Merkmal; erlaubt sind {string.Join(", ", ListingFeatureCodes.AllCodes)}";

    public static string NotAStatus(string value) => $"{Quote(value)} ist kein Status; erlaubt sind published und draft";

    // The command line's summary
    public static string Imported(string path, ListingImportReport report) =>
        $"{path} importiert: {Count(report.Rows, "Zeile", "Zeilen")}; {report.Created} neu, {report.Updated} geändert, {report.Unchanged} unverändert.";

    public static string ImportRefused(string path, int errors) =>
        $"Import abgelehnt: {errors} Fehler in {path}. Nichts wurde geschrieben.";

    public static string Exported(int count, string path) => $"{Count(count, "Eintrag", "Einträge")} nach {path} exportiert.";

    public static string FileMissing(string path) => $"Fehler: die Datei {path} gibt es nicht.";

    public static string FolderMissing(string? folder) => $"Fehler: den Ordner {folder} gibt es nicht.";

    public static string Warning(ImportMessage warning) => $"Warnung: {warning}";

    private static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";
}
