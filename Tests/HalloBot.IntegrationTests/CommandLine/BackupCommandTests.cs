using System.Net;
using HalloBot.Domain.Categories;
using HalloBot.IntegrationTests.Exchange;
using HalloBot.IntegrationTests.Infrastructure;

namespace HalloBot.IntegrationTests.CommandLine;

/// <summary>
/// <c>backup FOLDER</c> as an operator runs it beside the running site, and a restore from what it wrote: a new data
/// folder with the backup's files answers with the same listing and keeps the photos and page texts.
/// </summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly TempDataFolder _backups = new();

    public void Dispose() => _backups.Dispose();

    [Fact]
    public async Task Backup_WhileTheSiteRuns_RestoresIntoAWorkingSite()
    {
        await using var site = new HalloBotAppFactory();
        using (var client = site.CreateClient())
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
        }

        await site.SeedAsync(db =>
        {
            db.Listings.Add(TestData.Listing("Bäckerei Gesichert", [new Category("Bäckerei")]));
            return Task.CompletedTask;
        });
        await WriteAsync(Path.Combine(site.DataDirectory, "media", "photos", "ab", "foto.webp"), "webp bytes");
        await WriteAsync(Path.Combine(site.DataDirectory, "content", "impressum.de.md"), "# Impressum der Stadt");

        var result = await SiteProcess.RunAsync(site.DataDirectory, "backup", _backups.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        var backup = Assert.Single(Directory.GetDirectories(_backups.Path));
        Assert.Matches(@"hallobot-\d{8}-\d{6}$", backup);
        Assert.Contains(backup, result.Output, StringComparison.Ordinal);
        Assert.Contains("2 Dateien", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(backup, "index")), "the index is rebuilt, not backed up");

        await using var restored = new HalloBotAppFactory();
        foreach (var file in Directory.EnumerateFiles(backup, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(restored.DataDirectory, Path.GetRelativePath(backup, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        using var restoredClient = restored.CreateClient();
        var page = await restoredClient.GetAsync(new Uri("/b/baeckerei-gesichert", UriKind.Relative));
        var ready = await restoredClient.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Bäckerei Gesichert", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("webp bytes", await File.ReadAllTextAsync(Path.Combine(restored.DataDirectory, "media", "photos", "ab", "foto.webp")));
        Assert.Equal("# Impressum der Stadt", await File.ReadAllTextAsync(Path.Combine(restored.DataDirectory, "content", "impressum.de.md")));
    }

    [Fact]
    public async Task Backup_FolderMissing_ExitsTwoNamingItAndWritesNothing()
    {
        var missing = _backups.Combine("gibt-es-nicht");

        var result = await SiteProcess.RunAsync(_backups.Combine("data"), "backup", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"Fehler: den Ordner {missing} gibt es nicht.", result.Error.Trim());
        Assert.False(Directory.Exists(missing));
    }

    private static async Task WriteAsync(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, text);
    }
}
