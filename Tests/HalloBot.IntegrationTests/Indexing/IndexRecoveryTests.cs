using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using HalloBot.Search.Contract;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Indexing;

public sealed class IndexRecoveryTests
{
    [Fact]
    public async Task Start_ChangeCommittedButNeverHandedOver_IsIndexed()
    {
        var folder = Directory.CreateTempSubdirectory("hallobot-restart-").FullName;
        try
        {
            await using (var before = new IndexingApp(folder))
            {
                await before.SeedDirectoryAsync(published: 4);
                await before.IndexAgreesWithDatabaseAsync();
            }

            // The site is down: these commits write their outbox rows, and nothing hands them over,
            // just as when the site stops between commit and hand-over.
            await using (var db = OpenDatabase(folder))
            {
                (await db.Listings.SingleAsync(l => l.Name == "Laden 1")).Rename("Metzgerei Wurstkönig", "metzgerei-wurstkoenig");
                (await db.Listings.SingleAsync(l => l.Name == "Laden 2")).Status = ListingStatus.Suspended;
                await db.SaveChangesAsync();
                Assert.Equal(2, await db.OutboxMessages.CountAsync(m => m.ProcessedAt == null && m.HandedOverAt == null));
            }

            await using var after = new IndexingApp(folder);
            await after.IndexAgreesWithDatabaseAsync();
            Assert.Equal(3, await after.Index.CountAsync(CancellationToken.None));
            Assert.Equal(["metzgerei-wurstkoenig"], await after.FindAsync(new SearchQuery { Text = "Wurstkönig" }));
            Assert.DoesNotContain("laden-2", await after.IndexedSlugsAsync());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Edit_WhileIndexIsDown_SavesAndIsIndexedWhenIndexIsBack()
    {
        await using var app = new IndexingApp();
        await app.SeedDirectoryAsync(published: 3);
        await app.IndexAgreesWithDatabaseAsync();

        app.Index.IsDown = true;
        await app.EditAsync(async db => (await db.Listings.SingleAsync(l => l.Name == "Laden 1")).Rename("Blumen Anemone", "blumen-anemone"));

        Assert.Equal("blumen-anemone", await app.QueryAsync(db => db.Listings.Where(l => l.Name == "Blumen Anemone").Select(l => l.Slug).SingleAsync()));
        await Eventually.HoldsAsync(
            () => app.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.ProcessedAt == null && m.Attempts > 0 && m.LastError != null)),
            "the indexing job has failed and the outbox row says so");

        app.Index.IsDown = false;
        Assert.DoesNotContain("blumen-anemone", await app.IndexedSlugsAsync());

        // The sweep hands the row over again once its retry delay has passed.
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        await app.IndexAgreesWithDatabaseAsync();
        Assert.Equal(["blumen-anemone"], await app.FindAsync(new SearchQuery { Text = "Anemone" }));
    }

    private static SqliteHalloBotDbContext OpenDatabase(string folder) =>
        new(new DbContextOptionsBuilder<SqliteHalloBotDbContext>()
            .UseSqlite($"Data Source={Path.Combine(folder, "hallobot.db")}")
            .Options);
}
