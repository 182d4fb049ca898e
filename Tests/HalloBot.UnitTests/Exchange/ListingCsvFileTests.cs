using System.Text;
using HalloBot.Domain.Exchange;
using HalloBot.Domain.Listings;

namespace HalloBot.UnitTests.Exchange;

public sealed class ListingCsvFileTests
{
    private const string Header = "external_id;name;categories;description;street;postal_code;city;district;latitude;longitude;phone;email;website;opening_hours;keywords;features;status";
    private const string ValidRow = "b-1;Bäckerei Beispiel;Bäckerei|Café;Frische Brötchen.;Hansastraße 12;46236;Bottrop;Stadtmitte;51.5237;6.9286;02041 12345;info@example.de;https://www.example.de;Mo-Fr 06:00-18:00;Brötchen|Kuchen;card_payment|parking;draft";

    [Fact]
    public void Read_ValidRow_GivesEveryFieldTyped()
    {
        var file = Read($"{Header}\n{ValidRow}\n");

        Assert.Empty(file.Errors);
        var row = Assert.Single(file.Rows);
        Assert.Equal(2, row.Row);
        Assert.Equal("b-1", row.ExternalId);
        Assert.Equal("Bäckerei Beispiel", row.Name);
        Assert.Equal(["Bäckerei", "Café"], row.Categories);
        Assert.Equal(new PostalAddress("Hansastraße 12", "46236", "Bottrop"), row.Address);
        Assert.Equal("Stadtmitte", row.District);
        Assert.Equal(new GeoPoint(51.5237, 6.9286), row.Location);
        Assert.Equal("02041 12345", row.Phone);
        Assert.Equal("info@example.de", row.Email);
        Assert.Equal("https://www.example.de", row.Website);
        Assert.Equal("Mo-Fr 06:00-18:00", row.OpeningHours);
        Assert.Equal(["Brötchen", "Kuchen"], row.Keywords);
        Assert.Equal(ListingFeatures.CardPayment | ListingFeatures.Parking, row.Features);
        Assert.Equal(ListingStatus.Draft, row.Status);
    }

    [Fact]
    public void Read_ColumnsInAnyOrderAndAnyCase_AreFound()
    {
        var file = Read("CITY,Postal_Code,Street,Categories,NAME\nBottrop,46242,Hauptstraße 1,Kiosk,Kiosk am Eck\n");

        var row = Assert.Single(file.Rows);
        Assert.Equal("Kiosk am Eck", row.Name);
        Assert.Equal("46242", row.Address.PostalCode);
        Assert.Equal(ListingStatus.Published, row.Status);
        Assert.Null(row.Location);
    }

    [Theory]
    [InlineData("postal_code", "4623", "row 2, column postal_code: „4623“ ist keine fünfstellige Postleitzahl")]
    [InlineData("postal_code", "46 236", "row 2, column postal_code: „46 236“ ist keine fünfstellige Postleitzahl")]
    [InlineData("name", "", "row 2, column name: ein Wert ist nötig")]
    [InlineData("street", " ", "row 2, column street: ein Wert ist nötig")]
    [InlineData("categories", "|", "row 2, column categories: „|“ nennt keine Kategorie")]
    [InlineData("email", "info@", "row 2, column email: „info@“ ist keine gültige E-Mail-Adresse")]
    [InlineData("email", "Info <info@example.de>", "row 2, column email: „Info <info@example.de>“ ist keine gültige E-Mail-Adresse")]
    [InlineData("website", "www.example.de", "row 2, column website: „www.example.de“ ist keine absolute http- oder https-Adresse wie https://www.example.de")]
    [InlineData("website", "ftp://example.de", "row 2, column website: „ftp://example.de“ ist keine absolute http- oder https-Adresse wie https://www.example.de")]
    [InlineData("features", "parking|wifi", "row 2, column features: „wifi“ ist kein Merkmal; erlaubt sind delivery, click_and_collect, card_payment, wheelchair_accessible, fairtrade, vouchers, parking")]
    [InlineData("status", "active", "row 2, column status: „active“ ist kein Status; erlaubt sind published und draft")]
    [InlineData("latitude", "north", "row 2, column latitude: „north“ ist keine Zahl in Dezimalgrad")]
    [InlineData("latitude", "91", "row 2, column latitude: „91“ liegt außerhalb von -90 bis 90")]
    [InlineData("longitude", "-180.5", "row 2, column longitude: „-180.5“ liegt außerhalb von -180 bis 180")]
    [InlineData("longitude", "", "row 2, column longitude: fehlt, während latitude angegeben ist; beide oder keine angeben")]
    [InlineData("latitude", "", "row 2, column latitude: fehlt, während longitude angegeben ist; beide oder keine angeben")]
    public void Read_BadCell_ReportsRowColumnAndWhatIsWrong(string column, string value, string expected)
    {
        var file = Read($"{Header}\n{ValidRow}\n{WithCell(ValidRow, column, value).Replace("b-1", "b-2")}\n");

        var error = Assert.Single(file.Errors);
        Assert.Equal(expected.Replace("row 2", "row 3"), error.ToString());
        Assert.Empty(file.Rows);
    }

    [Theory]
    [InlineData("hallobot:7", 7)]
    [InlineData("HalloBot:0042", 42)]
    public void Read_ReservedExternalId_NamesTheListingInsteadOfAnExternalId(string externalId, int listingId)
    {
        var row = Assert.Single(Read($"{Header}\n{WithCell(ValidRow, "external_id", externalId)}\n").Rows);

        Assert.Null(row.ExternalId);
        Assert.Equal(listingId, row.ListingId);
    }

    [Theory]
    [InlineData("hallobot:")]
    [InlineData("hallobot:abc")]
    [InlineData("hallobot:0")]
    [InlineData("hallobot:-3")]
    [InlineData("hallobot: 7")]
    public void Read_ReservedPrefixWithoutListingNumber_IsAnError(string externalId)
    {
        var file = Read($"{Header}\n{WithCell(ValidRow, "external_id", externalId)}\n");

        var error = Assert.Single(file.Errors);
        Assert.Equal((2, "external_id"), (error.Row, error.Column));
        Assert.Contains("hallobot:42", error.Text);
    }

    [Fact]
    public void Read_SameReservedIdTwiceWrittenDifferently_IsADuplicate()
    {
        var file = Read($"{Header}\n{WithCell(ValidRow, "external_id", "hallobot:7")}\n{WithCell(ValidRow, "external_id", "hallobot:07")}\n");

        var error = Assert.Single(file.Errors);
        Assert.Equal((3, "external_id"), (error.Row, error.Column));
    }

    [Fact]
    public void Read_CellsDefusedByAnExport_LoseExactlyTheApostrophe()
    {
        var row = WithCell(WithCell(WithCell(WithCell(ValidRow, "name", "\"'=HYPERLINK(\"\"http://evil\"\")\""), "description", "''-- Tagesangebot"),
            "keywords", "'@home|Kuchen"), "phone", "'+49 2041/12345");

        var parsed = Assert.Single(Read($"{Header}\n{row}\n").Rows);

        Assert.Equal("=HYPERLINK(\"http://evil\")", parsed.Name);
        Assert.Equal("'-- Tagesangebot", parsed.Description);
        Assert.Equal(["@home", "Kuchen"], parsed.Keywords);
        Assert.Equal("+49 2041/12345", parsed.Phone);
    }

    [Fact]
    public void Read_ApostropheNotBeforeAFormulaStart_IsKept()
    {
        var parsed = Assert.Single(Read($"{Header}\n{WithCell(ValidRow, "name", "'s Eckcafé")}\n").Rows);

        Assert.Equal("'s Eckcafé", parsed.Name);
    }

    [Fact]
    public void Read_ApostropheBeforeACoordinate_IsAnError()
    {
        var file = Read($"{Header}\n{WithCell(ValidRow, "longitude", "'-6.9")}\n");

        Assert.Equal((2, "longitude"), (Assert.Single(file.Errors).Row, file.Errors[0].Column));
    }

    [Fact]
    public void Read_OpeningHoursOutsideTheSubset_ReportsPositionAndMessage()
    {
        var file = Read($"{Header}\n{WithCell(ValidRow, "opening_hours", "Mo-Fr sunrise-sunset")}\n");

        var error = Assert.Single(file.Errors);
        Assert.Equal(2, error.Row);
        Assert.Equal("opening_hours", error.Column);
        Assert.StartsWith("„Mo-Fr sunrise-sunset“ wird ab Zeichen ", error.Text);
    }

    [Fact]
    public void Read_OpeningHoursOutOfRange_ReportsInGermanWithTheParsersMessage()
    {
        var file = Read($"{Header}\n{WithCell(ValidRow, "opening_hours", "Mo-Fr 25:00-18:00")}\n");

        Assert.Equal(
            "row 2, column opening_hours: „Mo-Fr 25:00-18:00“ wird ab Zeichen 7 nicht verstanden: Stunden 00–23 erwartet",
            Assert.Single(file.Errors).ToString());
    }

    [Fact]
    public void Read_TooLongValues_AreErrors()
    {
        var row = WithCell(WithCell(ValidRow, "name", new string('n', 121)), "description", new string('d', 4001));
        var file = Read($"{Header}\n{row}\n");

        Assert.Equal(
            ["row 2, column name: ist 121 Zeichen lang; höchstens 120 sind erlaubt",
             "row 2, column description: ist 4001 Zeichen lang; höchstens 4000 sind erlaubt"],
            file.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Read_LimitsExactly_AreAccepted()
    {
        var row = WithCell(WithCell(ValidRow, "name", new string('n', 120)), "description", new string('d', 4000));

        Assert.Single(Read($"{Header}\n{row}\n").Rows);
    }

    [Fact]
    public void Read_LineBreakInSingleLineColumn_IsAnErrorButKeptInDescription()
    {
        var row = WithCell(WithCell(ValidRow, "name", "\"Bäckerei\nBeispiel\""), "description", "\"Zeile 1\r\nZeile 2\"");
        var file = Read($"{Header}\n{row}\n{ValidRow.Replace("b-1", "b-2")}\n");

        Assert.Equal(["row 2, column name: darf keinen Zeilenumbruch enthalten"], file.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Read_DescriptionWithWindowsLineBreaks_KeepsThemAsNewlines()
    {
        var file = Read($"{Header}\n{WithCell(ValidRow, "description", "\"Zeile 1\r\nZeile 2\"")}\n");

        Assert.Equal("Zeile 1\nZeile 2", Assert.Single(file.Rows).Description);
    }

    [Fact]
    public void Read_SeveralBrokenRows_ListsEveryErrorWithSpreadsheetRows()
    {
        var csv = string.Join("\n",
            Header,
            WithCell(ValidRow, "description", "\"Mehrzeilig\nund lang\""),
            "",
            WithCell(ValidRow.Replace("b-1", "b-2"), "postal_code", "4623"),
            WithCell(WithCell(ValidRow.Replace("b-1", "b-3"), "features", "wifi"), "longitude", ""),
            ValidRow.Replace("b-1", "b-4"),
            ValidRow);

        var file = Read(csv);

        Assert.Equal(
            ["row 4, column postal_code: „4623“ ist keine fünfstellige Postleitzahl",
             "row 5, column longitude: fehlt, während latitude angegeben ist; beide oder keine angeben",
             "row 5, column features: „wifi“ ist kein Merkmal; erlaubt sind delivery, click_and_collect, card_payment, wheelchair_accessible, fairtrade, vouchers, parking",
             "row 7, column external_id: „b-1“ steht schon in Zeile 2"],
            file.Errors.Select(e => e.ToString()));
        Assert.Empty(file.Rows);
    }

    [Fact]
    public void Read_DecimalCommaWithSemicolon_IsAccepted()
    {
        var row = WithCell(WithCell(ValidRow, "latitude", "51,5237"), "longitude", "6,9286");

        Assert.Equal(new GeoPoint(51.5237, 6.9286), Assert.Single(Read($"{Header}\n{row}\n").Rows).Location);
    }

    [Fact]
    public void Read_DecimalCommaWithCommaDelimiter_IsAnError()
    {
        var file = Read("name,categories,street,postal_code,city,latitude,longitude\nA,Kiosk,Hauptstraße 1,46236,Bottrop,\"51,5237\",6.9286\n");

        Assert.Equal(
            "row 2, column latitude: „51,5237“ hat ein Dezimalkomma, das nur mit „;“ als Trennzeichen angenommen wird; bitte einen Dezimalpunkt schreiben",
            Assert.Single(file.Errors).ToString());
    }

    [Fact]
    public void Read_UnknownColumn_IsAWarningAndIgnored()
    {
        var file = Read($"{Header};Bemerkung\n{ValidRow};intern\n");

        Assert.Empty(file.Errors);
        Assert.Single(file.Rows);
        var warning = Assert.Single(file.Warnings);
        Assert.Equal(1, warning.Row);
        Assert.Equal("Bemerkung", warning.Column);
    }

    [Fact]
    public void Read_MissingRequiredColumns_AreErrorsInTheHeaderRow()
    {
        var file = Read("name;street;city\nA;Hauptstraße 1;Bottrop\n");

        Assert.Equal(
            ["row 1, column categories: der Kopfzeile fehlt diese Pflichtspalte",
             "row 1, column postal_code: der Kopfzeile fehlt diese Pflichtspalte"],
            file.Errors.Take(2).Select(e => e.ToString()));
    }

    [Fact]
    public void Read_EmptyFile_IsAnError()
    {
        var file = Read("");

        Assert.StartsWith("row 1: die Datei ist leer", Assert.Single(file.Errors).ToString());
    }

    [Fact]
    public void Read_EmptyLinesAndBom_AreSkipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes($"{Header}\r\n\r\n{ValidRow}\r\n\r\n")).ToArray();

        var file = ListingCsvFile.Read(new MemoryStream(bytes));

        Assert.Empty(file.Errors);
        Assert.Equal(3, Assert.Single(file.Rows).Row);
    }

    [Fact]
    public void Read_Windows1252File_IsRefusedWithHowToSaveAsUtf8()
    {
        var bytes = Encoding.Latin1.GetBytes($"{Header}\n{ValidRow.Replace("ß", "ss").Replace("ä", "ae").Replace("ö", "oe").Replace("é", "e")}\n{ValidRow.Replace("b-1", "b-2")}\n");

        var file = ListingCsvFile.Read(new MemoryStream(bytes));

        var error = Assert.Single(file.Errors);
        Assert.Equal(3, error.Row);
        Assert.Equal("name", error.Column);
        Assert.Contains("nicht als UTF-8-Text gespeichert", error.Text);
        Assert.Contains("CSV UTF-8 (durch Trennzeichen getrennt)", error.Text);
        Assert.Contains("LibreOffice", error.Text);
        Assert.Empty(file.Rows);
    }

    private static ListingCsvFile Read(string csv) => ListingCsvFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

    private static string WithCell(string row, string column, string value)
    {
        var cells = row.Split(';');
        cells[Header.Split(';').ToList().IndexOf(column)] = value;
        return string.Join(';', cells);
    }
}
