using HalloBot.Domain.Categories;
using HalloBot.Domain.Districts;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Persistence;

/// <summary>The embedded default: the committed SQLite migrations build a working schema in a fresh file.</summary>
public sealed class SqliteMigrationsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hallobot-sqlite-").FullName;

    [Fact]
    public async Task Migrate_FreshFile_AppliesEveryMigration()
    {
        await using var db = Open();

        await db.Database.MigrateAsync();

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.True(File.Exists(DatabasePath));
    }

    [Fact]
    public async Task Migrate_Twice_SecondRunChangesNothing()
    {
        await using (var first = Open())
        {
            await first.Database.MigrateAsync();
        }

        await using var second = Open();
        await second.Database.MigrateAsync();

        Assert.Equal(second.Database.GetMigrations(), await second.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task Migrate_FreshFile_SchemaStoresAndReadsAListing()
    {
        await using (var write = Open())
        {
            await write.Database.MigrateAsync();
            var baeckerei = new Category("Bäckerei");
            var cafe = new Category("Café");
            var listing = TestData.Listing("Bäckerei Müller", [cafe, baeckerei], slug: "baeckerei-mueller",
                district: new District("Kirchhellen"), openingHours: "Mo-Fr 08:00-18:00", externalId: "WF-1");
            listing.Location = new GeoPoint(51.6040, 6.9178);
            listing.Keywords = ["Brötchen", "Torten"];
            listing.Features = ListingFeatures.Delivery | ListingFeatures.Parking;
            listing.Rename("Bäckerei Müller", "baeckerei-mueller-kirchhellen");
            write.Add(listing);
            await write.SaveChangesAsync();
        }

        await using var read = Open();
        var stored = await read.Listings.AsNoTracking()
            .Include(l => l.District)
            .Include(l => l.Categories).ThenInclude(c => c.Category)
            .Include(l => l.FormerSlugs)
            .SingleAsync(l => l.ExternalId == "WF-1");

        Assert.Equal("baeckerei-mueller-kirchhellen", stored.Slug);
        Assert.Equal(["Café", "Bäckerei"], stored.OrderedCategories.Select(c => c.Name));
        Assert.Equal("Kirchhellen", stored.District?.Name);
        Assert.Equal(new PostalAddress("Hansastraße 12", "46236", "Bottrop"), stored.Address);
        Assert.Equal(new GeoPoint(51.6040, 6.9178), stored.Location);
        Assert.Equal(["Brötchen", "Torten"], stored.Keywords);
        Assert.Equal(ListingFeatures.Delivery | ListingFeatures.Parking, stored.Features);
        Assert.Equal(ListingStatus.Published, stored.Status);
        Assert.Equal("Mo-Fr 08:00-18:00", stored.OpeningHours);
        Assert.Equal(TestData.CreatedAt, DateTime.SpecifyKind(stored.UpdatedAt, DateTimeKind.Utc));
        Assert.Equal(["baeckerei-mueller"], stored.FormerSlugs.Select(r => r.Slug));
    }

    [Fact]
    public async Task Migrate_FreshFile_SlugIsUnique()
    {
        await using var db = Open();
        await db.Database.MigrateAsync();
        var category = new Category("Kiosk");
        db.AddRange(
            TestData.Listing("Kiosk Eins", [category], slug: "kiosk"),
            TestData.Listing("Kiosk Zwei", [category], slug: "kiosk"));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private string DatabasePath => Path.Combine(_folder, "hallobot.db");

    private SqliteHalloBotDbContext Open() =>
        new(new DbContextOptionsBuilder<SqliteHalloBotDbContext>().UseSqlite($"Data Source={DatabasePath}").Options);
}
