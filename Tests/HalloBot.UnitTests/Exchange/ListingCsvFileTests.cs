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
    [InlineData("postal_code", "4623", "row 2, column postal_code: \"4623\" is not a five-digit postal code")]
    [InlineData("postal_code", "46 236", "row 2, column postal_code: \"46 236\" is not a five-digit postal code")]
    [InlineData("name", "", "row 2, column name: a value is required")]
    [InlineData("street", " ", "row 2, column street: a value is required")]
    [InlineData("categories", "|", "row 2, column categories: \"|\" names no category")]
    [InlineData("email", "info@", "row 2, column email: \"info@\" is not a valid e-mail address")]
    [InlineData("email", "Info <info@example.de>", "row 2, column email: \"Info <info@example.de>\" is not a valid e-mail address")]
    [InlineData("website", "www.example.de", "row 2, column website: \"www.example.de\" is not an absolute http or https address such as https://www.example.de")]
    [InlineData("website", "ftp://example.de", "row 2, column website: \"ftp://example.de\" is not an absolute http or https address such as https://www.example.de")]
    [InlineData("features", "parking|wifi", "row 2, column features: \"wifi\" is not a feature; allowed are delivery, click_and_collect, card_payment, wheelchair_accessible, fairtrade, vouchers, parking")]
    [InlineData("status", "active", "row 2, column status: \"active\" is not a status; allowed are published and draft")]
    [InlineData("latitude", "north", "row 2, column latitude: \"north\" is not a number in decimal degrees")]
    [InlineData("latitude", "91", "row 2, column latitude: \"91\" lies outside -90 to 90")]
    [InlineData("longitude", "-180.5", "row 2, column longitude: \"-180.5\" lies outside -180 to 180")]
    [InlineData("longitude", "", "row 2, column longitude: is missing while latitude is given; give both or neither")]
    [InlineData("latitude", "", "row 2, column latitude: is missing while longitude is given; give both or neither")]
    public void Read_BadCell_ReportsRowColumnAndWhatIsWrong(string column, string value, string expected)
    {
        var file = Read($"{Header}\n{ValidRow}\n{WithCell(ValidRow, column, value).Replace("b-1", "b-2")}\n");

        var error = Assert.Single(file.Errors);
        Assert.Equal(expected.Replace("row 2", "row 3"), error.ToString());
        Assert.Empty(file.Rows);
    }

    [Fact]
    public void Read_OpeningHoursOutsideTheSubset_ReportsPositionAndMessage()
    {
        var file = Read($"{Header}\n{WithCell(ValidRow, "opening_hours", "Mo-Fr sunrise-sunset")}\n");

        var error = Assert.Single(file.Errors);
        Assert.Equal(2, error.Row);
        Assert.Equal("opening_hours", error.Column);
        Assert.StartsWith("\"Mo-Fr sunrise-sunset\" is not understood at character ", error.Text);
    }

    [Fact]
    public void Read_TooLongValues_AreErrors()
    {
        var row = WithCell(WithCell(ValidRow, "name", new string('n', 121)), "description", new string('d', 4001));
        var file = Read($"{Header}\n{row}\n");

        Assert.Equal(
            ["row 2, column name: is 121 characters long; at most 120 are allowed",
             "row 2, column description: is 4001 characters long; at most 4000 are allowed"],
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

        Assert.Equal(["row 2, column name: must not contain a line break"], file.Errors.Select(e => e.ToString()));
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
            ["row 4, column postal_code: \"4623\" is not a five-digit postal code",
             "row 5, column longitude: is missing while latitude is given; give both or neither",
             "row 5, column features: \"wifi\" is not a feature; allowed are delivery, click_and_collect, card_payment, wheelchair_accessible, fairtrade, vouchers, parking",
             "row 7, column external_id: \"b-1\" appears already in row 2"],
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
            "row 2, column latitude: \"51,5237\" has a decimal comma, which is accepted only when the delimiter is \";\"; write a decimal point",
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
            ["row 1, column categories: the header lacks this required column",
             "row 1, column postal_code: the header lacks this required column"],
            file.Errors.Take(2).Select(e => e.ToString()));
    }

    [Fact]
    public void Read_EmptyFile_IsAnError()
    {
        var file = Read("");

        Assert.StartsWith("row 1: the file is empty", Assert.Single(file.Errors).ToString());
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
        Assert.Contains("not saved as UTF-8", error.Text);
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
