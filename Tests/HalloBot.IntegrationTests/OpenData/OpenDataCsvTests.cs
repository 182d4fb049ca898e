using System.Net;
using HalloBot.Domain.Exchange;
using HalloBot.IntegrationTests.CommandLine;
using HalloBot.IntegrationTests.Exchange;
using Microsoft.Data.Sqlite;

namespace HalloBot.IntegrationTests.OpenData;

public sealed class OpenDataCsvTests(DefaultOpenDataApp app) : IClassFixture<DefaultOpenDataApp>
{
    [Fact]
    public async Task ListingsCsv_DefaultFields_HasOnlyPublishedListingsAndTheDefaultColumns()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri("/api/v1/export/listings.csv", UriKind.Relative));
        var records = await ReadCsvAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            ["name", "categories", "street", "postal_code", "city", "district", "latitude", "longitude", "phone", "website", "opening_hours", "features", "wheelchair"],
            records[0]);
        Assert.Equal(OpenDataApp.PublishedNames.Order(), records.Skip(1).Select(r => r[0]).Order());
        var bakery = records.Single(r => r[0] == OpenDataApp.BakeryName);
        Assert.Equal(["Bäckerei Müller", "Bäckerei|Café", "Hansastraße 12", "46236", "Bottrop", "Kirchhellen", "51.604", "6.9178",
            "+49 2045 123456", "https://baeckerei-mueller.example/", "Mo-Fr 08:00-18:00; Sa 08:00-13:00; Su,PH off", "card_payment|wheelchair_accessible", "limited"], bakery);
        Assert.Equal("", records.Single(r => r[0] == OpenDataApp.NoLocationName)[^1]);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(OpenDataApp.BakeryEmail, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Handwerksbäckerei", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListingsCsv_Download_IsUtf8WithBomAndNamesTheFile()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri("/api/v1/export/listings.csv", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("hallo-bot-unternehmen-bottrop.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task ListingsCsv_ReimportedWithTheImportCommand_CreatesEveryPublishedListing()
    {
        using var client = app.CreateClient();
        using var folder = new TempDataFolder();
        var file = folder.Combine("offene-daten.csv");
        await File.WriteAllBytesAsync(file, await client.GetByteArrayAsync(new Uri("/api/v1/export/listings.csv", UriKind.Relative)));

        var import = await SiteProcess.RunAsync(folder.Path, "import", file);

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.EndsWith($"{OpenDataApp.PublishedNames.Length} Zeilen; {OpenDataApp.PublishedNames.Length} neu, 0 geändert, 0 unverändert.", import.Output.Trim());
        Assert.Equal(OpenDataApp.PublishedNames.Order(), ListingNames(folder.DatabaseFile).Order());
    }

    private static async Task<List<string[]>> ReadCsvAsync(HttpResponseMessage response)
    {
        var reader = CsvRecordReader.Open(await response.Content.ReadAsStreamAsync());
        var records = new List<string[]>();
        while (reader.Read() is { } record)
        {
            records.Add([.. record.Fields]);
        }

        return records;
    }

    private static List<string> ListingNames(string databaseFile)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Name FROM Listings";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}

public sealed class OpenDataConfiguredFieldsTests(NarrowOpenDataApp app) : IClassFixture<NarrowOpenDataApp>
{
    [Fact]
    public async Task ListingsCsv_OfficeOpenedNameEmailDescription_HasExactlyThoseColumnsWithFormulasDefused()
    {
        using var client = app.CreateClient();

        var text = await client.GetStringAsync(new Uri("/api/v1/export/listings.csv", UriKind.Relative));
        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("name;description;email", lines[0]);
        Assert.Contains($"{OpenDataApp.BakeryName};Handwerksbäckerei seit 1898.;{OpenDataApp.BakeryEmail}", lines);
        Assert.Contains("Zweirad Schmidt;\"'=HYPERLINK(\"\"http://evil.example\"\")\";", lines);
        Assert.Equal(OpenDataApp.PublishedNames.Length + 1, lines.Length);
    }

    [Fact]
    public async Task ListingsGeoJson_LocationNotOpened_Returns404Problem()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri("/api/v1/export/listings.geojson", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("location", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
