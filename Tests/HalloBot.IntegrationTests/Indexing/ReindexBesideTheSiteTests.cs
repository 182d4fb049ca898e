using HalloBot.IntegrationTests.CommandLine;
using HalloBot.Search.Contract;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Indexing;

/// <summary>
/// <c>reindex</c> as the operator runs it: a second process (<c>dotnet HalloBot.Web.dll reindex</c>) on the data folder
/// of the running site, whose embedded index it must not break.
/// </summary>
public sealed class ReindexBesideTheSiteTests
{
    [Fact]
    public async Task Reindex_WhileTheSiteRunsAndEdits_SucceedsAndTheSiteSwitchesKeepingTheEdit()
    {
        await using var app = new IndexingApp();
        await app.SeedDirectoryAsync(published: 25);
        await app.IndexAgreesWithDatabaseAsync();
        var indexFolder = Path.Combine(app.Folder, "index");
        var oldGeneration = File.ReadAllText(Path.Combine(indexFolder, "current")).Trim();

        var reindex = SiteProcess.RunAsync(app.Folder, "reindex");

        // Best effort to land the edit while the command builds (its marker is there); wherever it lands, it must survive.
        await Eventually.HoldsAsync(
            () => Task.FromResult(File.Exists(Path.Combine(indexFolder, "rebuilding")) || reindex.IsCompleted),
            "the reindex command has started building or has ended");
        await app.EditAsync(async db => (await db.Listings.SingleAsync(l => l.Name == "Laden 7")).Rename("Konditorei Sahnehaube", "konditorei-sahnehaube"));
        Assert.NotEmpty(await app.FindAsync(new SearchQuery { Text = "Laden" }));
        var result = await reindex;

        Assert.True(result.ExitCode == 0, $"reindex failed: {result.Error}");
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("25/25 (100 %)", lines);
        Assert.StartsWith("Reindexed 25 published listing(s)", lines[^1]);
        await Eventually.HoldsAsync(
            () => Task.FromResult(!Directory.Exists(Path.Combine(indexFolder, oldGeneration))),
            "the site has switched to the new generation and deleted the old one");
        await Eventually.HoldsAsync(
            async () => (await app.FindAsync(new SearchQuery { Text = "Sahnehaube" })).SequenceEqual(["konditorei-sahnehaube"]),
            "the edit made during the rebuild is found in the new generation");
        Assert.DoesNotContain("laden-7", await app.IndexedSlugsAsync());
        Assert.Equal(25, await app.Index.CountAsync(CancellationToken.None));
        Assert.Single(Directory.GetDirectories(indexFolder, "gen-*"));
        Assert.False(File.Exists(Path.Combine(indexFolder, "rebuilding")));
    }
}
