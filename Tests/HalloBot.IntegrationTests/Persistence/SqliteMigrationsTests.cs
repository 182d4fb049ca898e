using HalloBot.Domain.Categories;
using HalloBot.Domain.Districts;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

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

    [Fact]
    public async Task Migrate_DuplicatePendingRequestsFromBeforeTheRule_KeepsTheOldestPendingAndWithdrawsTheLaterOnes()
    {
        await using var db = Open();
        await db.GetService<IMigrator>().MigrateAsync(LastMigrationBeforeOnePendingRequestRule);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await InsertAsync(connection, "AspNetUsers", new() { ["Id"] = "m1", ["UserName"] = "a@example.org" });
        await InsertAsync(connection, "AspNetUsers", new() { ["Id"] = "m2", ["UserName"] = "b@example.org" });
        await InsertAsync(connection, "Listings", new() { ["Id"] = 7, ["Name"] = "Bäckerei", ["Slug"] = "baeckerei" });
        // Member 1 asked three times (a double click before the rule), member 2 once; one decided request of member 1.
        foreach (var (id, member, status) in new[] { (1, "m1", "Pending"), (2, "m1", "Pending"), (3, "m2", "Pending"), (4, "m1", "Pending"), (5, "m1", "Rejected") })
        {
            await InsertAsync(connection, "ListingRequests", new() { ["Id"] = id, ["ListingId"] = 7, ["MemberId"] = member, ["Status"] = status, ["Kind"] = "Claim" });
        }

        await db.Database.MigrateAsync();

        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT \"Id\", \"Status\", \"DecidedAt\" IS NOT NULL FROM \"ListingRequests\" ORDER BY \"Id\"";
        var rows = new List<(long, string, bool)>();
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetBoolean(2)));
            }
        }

        Assert.Equal([(1L, "Pending", false), (2L, "Withdrawn", true), (3L, "Pending", false), (4L, "Withdrawn", true), (5L, "Rejected", false)], rows);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    private const string LastMigrationBeforeOnePendingRequestRule = "20261126144705_Reservations";

    /// <summary>
    /// Inserts a row as an older schema had it: the given values, and a plain zero or empty text in every other column
    /// that may not be null and has no default (the test is about a few columns, not about whole rows).
    /// </summary>
    private static async Task InsertAsync(System.Data.Common.DbConnection connection, string table, Dictionary<string, object> values)
    {
        var row = new Dictionary<string, object>(values, StringComparer.Ordinal);
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"PRAGMA table_info(\"{table}\")";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var (name, type, notNull, hasDefault, key) = (reader.GetString(1), reader.GetString(2), reader.GetInt64(3) == 1, !reader.IsDBNull(4), reader.GetInt64(5) > 0);
                if (notNull && !hasDefault && !key && !row.ContainsKey(name))
                {
                    row[name] = type.Contains("INT", StringComparison.OrdinalIgnoreCase) ? 0 : type.Equals("REAL", StringComparison.OrdinalIgnoreCase) ? 0.0 : "";
                }
            }
        }

        await using var insert = connection.CreateCommand();
        var names = row.Keys.ToList();
        insert.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", names.Select(n => $"\"{n}\""))}) VALUES ({string.Join(", ", names.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < names.Count; i++)
        {
            var parameter = insert.CreateParameter();
            parameter.ParameterName = $"$p{i}";
            parameter.Value = row[names[i]];
            insert.Parameters.Add(parameter);
        }

        await insert.ExecuteNonQueryAsync();
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
