using HalloBot.Domain.Listings;
using HalloBot.IntegrationTests.CommandLine;
using HalloBot.IntegrationTests.Exchange;
using HalloBot.Search.Contract;
using HalloBot.Web.Features.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Indexing;

public sealed class ReindexCommandTests
{
    [Fact]
    public async Task Reindex_AfterImport_MarksTheImportsOutboxRowsProcessed()
    {
        using var folder = new TempDataFolder();
        var import = await SiteProcess.RunAsync(folder.Path, "import", SharedFiles.SampleListingsCsv);
        Assert.Equal(0, import.ExitCode);
        var pendingAfterImport = PendingOutboxRows(folder);
        Assert.True(pendingAfterImport > 0, "the import should leave outbox rows for the indexing jobs");

        var reindex = await SiteProcess.RunAsync(folder.Path, "reindex");

        Assert.Equal(0, reindex.ExitCode);
        Assert.Contains("Reindexed", reindex.Output);
        // The rebuild read every listing after these rows were written: the site's next start has nothing to index again.
        Assert.Equal(0, PendingOutboxRows(folder));
        Assert.Equal(pendingAfterImport, ProcessedOutboxRows(folder));
    }

    private static long PendingOutboxRows(TempDataFolder folder) => Scalar(folder, "SELECT COUNT(*) FROM OutboxMessages WHERE ProcessedAt IS NULL");

    private static long ProcessedOutboxRows(TempDataFolder folder) => Scalar(folder, "SELECT COUNT(*) FROM OutboxMessages WHERE ProcessedAt IS NOT NULL");

    private static long Scalar(TempDataFolder folder, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={folder.DatabaseFile};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task RunAsync_IndexOutOfStep_RebuildsFromDatabaseWithProgress()
    {
        await using var app = new IndexingApp();
        await app.SeedDirectoryAsync(published: 25);
        await app.IndexAgreesWithDatabaseAsync();

        // Put the index out of step behind the outbox's back.
        await app.Index.DeleteAsync([.. await app.QueryAsync(db => db.Listings.Select(l => l.Id).Take(10).ToListAsync())], CancellationToken.None);
        await app.Index.UpsertAsync(
            [new SearchDocument { ListingId = 999_999, Slug = "quokka", Name = "Quokka" }], CancellationToken.None);
        Assert.Equal(["quokka"], await app.FindAsync(new SearchQuery { Text = "Quokka" }));
        var output = new StringWriter();

        var exitCode = await ReindexCommand.RunAsync(app.Services, output);

        Assert.Equal(0, exitCode);
        Assert.Equal(25, await app.Index.CountAsync(CancellationToken.None));
        Assert.DoesNotContain("quokka", await app.IndexedSlugsAsync());
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("25/25 (100 %)", lines);
        Assert.StartsWith("Reindexed 25 published listing(s)", lines[^1]);
        Assert.Equal(25, await app.QueryAsync(db => db.Listings.CountAsync(l => l.Status == ListingStatus.Published)));
    }
}
