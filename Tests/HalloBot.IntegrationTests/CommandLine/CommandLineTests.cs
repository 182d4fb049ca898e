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
        Assert.Equal($"{SharedFiles.SampleListingsCsv} importiert: {sampleRows} Zeilen; {sampleRows} neu, 0 geändert, 0 unverändert.", import.Output.Trim());
        Assert.Equal("", import.Error);
        Assert.Equal(0, export.ExitCode);
        Assert.Equal($"{sampleRows} Einträge nach {_folder.Combine("export.csv")} exportiert.", export.Output.Trim());
        Assert.Equal(0, reimport.ExitCode);
        Assert.EndsWith($"{sampleRows} Zeilen; 0 neu, 0 geändert, {sampleRows} unverändert.", reimport.Output.Trim());
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
            [$"Import abgelehnt: 3 Fehler in {csv}. Nichts wurde geschrieben.",
             "row 3, column postal_code: „4623“ ist keine fünfstellige Postleitzahl",
             "row 3, column longitude: fehlt, während latitude angegeben ist; beide oder keine angeben",
             "row 3, column features: „wifi“ ist kein Merkmal; erlaubt sind delivery, click_and_collect, card_payment, wheelchair_accessible, fairtrade, vouchers, parking"],
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
        Assert.Contains("row 2, column name: die Datei ist nicht als UTF-8-Text gespeichert", result.Error);
        Assert.Contains("CSV UTF-8 (durch Trennzeichen getrennt)", result.Error);
    }

    [Fact]
    public async Task Import_MissingFile_ExitsTwoNamingTheFile()
    {
        var missing = _folder.Combine("nowhere.csv");

        var result = await SiteProcess.RunAsync(_folder.Path, "import", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"Fehler: die Datei {missing} gibt es nicht.", result.Error.Trim());
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

    [Fact]
    public async Task ImportAndExport_RelativePathsWithPwdElsewhere_ResolveAgainstPwd()
    {
        var shellFolder = Directory.CreateDirectory(_folder.Combine("shell")).FullName;
        var programFolder = Directory.CreateDirectory(_folder.Combine("program")).FullName;
        File.Copy(SharedFiles.SampleListingsCsv, Path.Combine(shellFolder, "listings.csv"));
        var data = Directory.CreateDirectory(_folder.Combine("data")).FullName;

        var import = await SiteProcess.RunInAsync(programFolder, shellFolder, data, "import", "listings.csv");
        var export = await SiteProcess.RunInAsync(programFolder, shellFolder, data, "export", "export.csv");

        Assert.Equal(0, import.ExitCode);
        Assert.StartsWith($"{Path.Combine(shellFolder, "listings.csv")} importiert: ", import.Output);
        Assert.Equal(0, export.ExitCode);
        Assert.EndsWith($" nach {Path.Combine(shellFolder, "export.csv")} exportiert.", export.Output.Trim());
        Assert.True(File.Exists(Path.Combine(shellFolder, "export.csv")));
        Assert.Empty(Directory.GetFileSystemEntries(programFolder));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("/no/such/folder")]
    [InlineData("relative/folder")]
    public async Task Import_RelativePathWithoutUsablePwd_ResolvesAgainstTheWorkingDirectory(string? pwd)
    {
        var programFolder = Directory.CreateDirectory(_folder.Combine("program")).FullName;
        File.Copy(SharedFiles.SampleListingsCsv, Path.Combine(programFolder, "listings.csv"));
        var data = Directory.CreateDirectory(_folder.Combine("data")).FullName;

        var import = await SiteProcess.RunInAsync(programFolder, pwd, data, "import", "listings.csv");

        Assert.Equal(0, import.ExitCode);
        Assert.StartsWith($"{Path.Combine(programFolder, "listings.csv")} importiert: ", import.Output);
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
