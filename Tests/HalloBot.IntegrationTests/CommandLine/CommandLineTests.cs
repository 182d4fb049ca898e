using System.Text;
using HalloBot.IntegrationTests.Exchange;
using Microsoft.Data.Sqlite;

namespace HalloBot.IntegrationTests.CommandLine;

public sealed class CommandLineTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Import_SampleFileThenExportAndReimport_ReportsCountsAndCreatesNothingTheSecondTime()
    {
        var sampleRows = File.ReadLines(SharedFiles.SampleListingsCsv).Count(l => l.Length > 0) - 1;

        var import = await SiteProcess.RunAsync(_folder.Path, "import", SharedFiles.SampleListingsCsv);
        var export = await SiteProcess.RunAsync(_folder.Path, "export", _folder.Combine("export.csv"));
        var reimport = await SiteProcess.RunAsync(_folder.Path, "import", _folder.Combine("export.csv"));

        Assert.Equal(0, import.ExitCode);
        Assert.Equal($"Imported {SharedFiles.SampleListingsCsv}: {sampleRows} row(s); {sampleRows} created, 0 updated, 0 unchanged.", import.Output.Trim());
        Assert.Equal("", import.Error);
        Assert.Equal(0, export.ExitCode);
        Assert.Equal($"Exported {sampleRows} listing(s) to {_folder.Combine("export.csv")}.", export.Output.Trim());
        Assert.Equal(0, reimport.ExitCode);
        Assert.EndsWith($"{sampleRows} row(s); 0 created, 0 updated, {sampleRows} unchanged.", reimport.Output.Trim());
        Assert.Equal(sampleRows, CountListings());
    }

    [Fact]
    public async Task Import_BrokenFile_ExitsOneWithEveryErrorOnStderrAndWritesNothing()
    {
        var csv = _folder.Combine("broken.csv");
        await File.WriteAllTextAsync(csv, string.Join("\n",
            "name;categories;street;postal_code;city;latitude;longitude;features",
            "Kiosk Eck;Kiosk;Hauptstraße 1;46236;Bottrop;;;",
            "Kiosk Zwei;Kiosk;Hauptstraße 2;4623;Bottrop;51.5;;wifi"));

        var result = await SiteProcess.RunAsync(_folder.Path, "import", csv);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal(
            [$"Import refused: 3 error(s) in {csv}. Nothing was written.",
             "row 3, column postal_code: \"4623\" is not a five-digit postal code",
             "row 3, column longitude: is missing while latitude is given; give both or neither",
             "row 3, column features: \"wifi\" is not a feature; allowed are delivery, click_and_collect, card_payment, wheelchair_accessible, fairtrade, vouchers, parking"],
            result.Error.Trim().Split('\n'));
        Assert.Equal(0, CountListings());
    }

    [Fact]
    public async Task Import_Windows1252File_ExitsOneAndSaysHowToSaveAsUtf8()
    {
        var csv = _folder.Combine("excel.csv");
        await File.WriteAllBytesAsync(csv, Encoding.Latin1.GetBytes("name;categories;street;postal_code;city\nBäckerei Süß;Bäckerei;Hauptstraße 1;46236;Bottrop\n"));

        var result = await SiteProcess.RunAsync(_folder.Path, "import", csv);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("row 2, column name: the file is not saved as UTF-8", result.Error);
        Assert.Contains("CSV UTF-8 (durch Trennzeichen getrennt)", result.Error);
    }

    [Fact]
    public async Task Import_MissingFile_ExitsTwoNamingTheFile()
    {
        var missing = _folder.Combine("nowhere.csv");

        var result = await SiteProcess.RunAsync(_folder.Path, "import", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: the file {missing} does not exist.", result.Error.Trim());
    }

    [Theory]
    [InlineData("import")]
    [InlineData("export")]
    [InlineData("migrate", "extra")]
    public async Task Command_WrongNumberOfArguments_ExitsTwoWithUsage(params string[] args)
    {
        var result = await SiteProcess.RunAsync(_folder.Path, args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("usage: HalloBot.Web import FILE | export FILE | migrate", result.Error);
    }

    [Fact]
    public async Task Migrate_FreshDataFolder_CreatesTheDatabaseWithoutLoggingSql()
    {
        var result = await SiteProcess.RunAsync(_folder.Path, "migrate");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("The Sqlite database is up to date.", result.Output.Trim());
        Assert.DoesNotContain("CREATE TABLE", result.Output + result.Error);
        Assert.True(File.Exists(_folder.DatabaseFile));
    }

    [Fact]
    public async Task Import_DataDirectoryGivenAfterAnAbsolutePath_IsHonoured()
    {
        var result = await SiteProcess.RunAsync(null, "import", SharedFiles.SampleListingsCsv, $"--HalloBot:DataDirectory={_folder.Path}");

        Assert.Equal(0, result.ExitCode);
        Assert.True(CountListings() > 0);
    }

    private long CountListings()
    {
        using var connection = new SqliteConnection($"Data Source={_folder.DatabaseFile};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Listings";
        return (long)command.ExecuteScalar()!;
    }
}
