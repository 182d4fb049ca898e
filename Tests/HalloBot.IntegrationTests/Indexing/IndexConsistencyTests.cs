using HalloBot.Domain.Listings;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.Jobs.Indexing;
using HalloBot.Search.Contract;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Indexing;

public sealed class IndexConsistencyTests
{
    [Fact]
    public async Task Edits_CreateRenameUnpublishPublishDeleteAndCategoryRename_IndexAgreesWithDatabase()
    {
        await using var app = new IndexingApp();
        await app.SeedDirectoryAsync(published: 12);
        await app.IndexAgreesWithDatabaseAsync();
        Assert.Equal(12, await app.Index.CountAsync(CancellationToken.None));

        await app.EditAsync(async db =>
        {
            (await db.Listings.SingleAsync(l => l.Name == "Laden 1")).Rename("Konditorei Sahnehaube", "konditorei-sahnehaube");
            (await db.Listings.SingleAsync(l => l.Name == "Laden 2")).Status = ListingStatus.Suspended;
            db.Remove(await db.Listings.SingleAsync(l => l.Name == "Laden 3"));
            (await db.Listings.SingleAsync(l => l.Name == "Entwurf")).Status = ListingStatus.Published;
            db.Add(TestData.Listing("Eisdiele Venezia", [await db.Categories.SingleAsync(c => c.Name == "Café")]));
        });
        await app.EditAsync(async db =>
        {
            var cafe = await db.Categories.SingleAsync(c => c.Name == "Café");
            db.Entry(cafe).Property(c => c.Name).CurrentValue = "Kaffeehaus";
            db.Entry(cafe).Property(c => c.Slug).CurrentValue = "kaffeehaus";
        });

        await app.IndexAgreesWithDatabaseAsync();
        Assert.Equal(12 - 2 + 2, await app.Index.CountAsync(CancellationToken.None));
        Assert.Equal(["konditorei-sahnehaube"], await app.FindAsync(new SearchQuery { Text = "Sahnehaube" }));
        Assert.DoesNotContain("laden-2", await app.IndexedSlugsAsync());
        Assert.DoesNotContain("laden-3", await app.IndexedSlugsAsync());
        Assert.Equal(["eisdiele-venezia"], await app.FindAsync(new SearchQuery { Text = "Venezia" }));
        Assert.Contains("entwurf", await app.IndexedSlugsAsync());

        // Every listing in the renamed category is found under its new slug, and none under the old one.
        var inCafe = await app.QueryAsync(db => db.Listings
            .Where(l => l.Status == ListingStatus.Published && l.Categories.Any(c => c.Category.Slug == "kaffeehaus"))
            .Select(l => l.Slug).OrderBy(s => s).ToListAsync());
        await Eventually.HoldsAsync(
            async () => (await app.FindAsync(new SearchQuery { Categories = ["kaffeehaus"] })).Order().SequenceEqual(inCafe),
            "every listing of the renamed category is found under its new slug");
        Assert.Empty(await app.FindAsync(new SearchQuery { Categories = ["cafe"] }));
    }

    [Fact]
    public async Task Jobs_RunTwiceAndLate_LeaveTheIndexAsTheDatabaseSays()
    {
        await using var app = new IndexingApp();
        await app.SeedDirectoryAsync(published: 3);
        await app.IndexAgreesWithDatabaseAsync();
        var id = await app.QueryAsync(db => db.Listings.Where(l => l.Name == "Laden 2").Select(l => l.Id).SingleAsync());

        await app.EditAsync(async db => (await db.Listings.SingleAsync(l => l.Id == id)).Status = ListingStatus.Draft);
        await app.IndexAgreesWithDatabaseAsync();

        // A late duplicate of the unpublish job, and a full re-sync of everything, change nothing.
        var everyId = await app.QueryAsync(db => db.Listings.Select(l => l.Id).ToListAsync());
        await app.RunJobAsync<IndexListingJob>(j => j.ExecuteAsync(id, CancellationToken.None));
        await app.RunJobAsync<ListingIndexer>(i => i.SyncAsync(everyId, CancellationToken.None));

        Assert.Equal(2, await app.Index.CountAsync(CancellationToken.None));
        Assert.DoesNotContain("laden-2", await app.IndexedSlugsAsync());
    }

    [Fact]
    public async Task IndexListingJob_SeveralPendingRowsOfOneListing_OneRunProcessesThemAll()
    {
        await using var app = new IndexingApp();
        await app.SeedDirectoryAsync(published: 1);
        await app.IndexAgreesWithDatabaseAsync();
        var id = await app.QueryAsync(db => db.Listings.Where(l => l.Name == "Laden 1").Select(l => l.Id).SingleAsync());

        // Three edits, three transactions, written with the index down so that no job can finish them.
        app.Index.IsDown = true;
        foreach (var name in new[] { "Erster Name", "Zweiter Name", "Dritter Name" })
        {
            await app.EditAsync(async db => (await db.Listings.SingleAsync(l => l.Id == id)).Rename(name, Slug.From(name)));
        }

        Assert.Equal(3, await app.PendingOutboxRowsAsync());
        app.Index.IsDown = false;

        await app.RunJobAsync<IndexListingJob>(j => j.ExecuteAsync(id, CancellationToken.None));

        Assert.Equal(0, await app.PendingOutboxRowsAsync());
        Assert.Equal(["dritter-name"], await app.FindAsync(new SearchQuery { Text = "Name" }));
    }
}
