using HalloBot.Domain.Categories;
using HalloBot.Domain.Districts;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Outbox;
using HalloBot.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.UnitTests.Outbox;

/// <summary>A migrated SQLite file in a temporary folder, with a category, a district and nothing else.</summary>
internal sealed class OutboxDatabase : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hallobot-outbox-").FullName;

    private OutboxDatabase()
    {
    }

    public static readonly DateTime Now = new(2026, 6, 1, 8, 0, 0, DateTimeKind.Utc);

    public static async Task<OutboxDatabase> CreateAsync()
    {
        var database = new OutboxDatabase();
        await using var db = database.Open();
        await db.Database.MigrateAsync();
        db.AddRange(new Category("Bäckerei"), new Category("Café"), new District("Kirchhellen"), new District("Stadtmitte"));
        await db.SaveChangesAsync();
        return database;
    }

    public HalloBotDbContext Open() =>
        new SqliteHalloBotDbContext(new DbContextOptionsBuilder<SqliteHalloBotDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "outbox.db")}")
            .Options);

    /// <summary>Adds a published listing in Bäckerei and Kirchhellen and forgets the rows that wrote.</summary>
    public async Task<int> AddListingAsync(string name)
    {
        await using var db = Open();
        var listing = NewListing(name, await db.Categories.SingleAsync(c => c.Name == "Bäckerei"), await db.Districts.SingleAsync(d => d.Name == "Kirchhellen"));
        db.Add(listing);
        await db.SaveChangesAsync();
        await db.OutboxMessages.ExecuteDeleteAsync();
        return listing.Id;
    }

    public static Listing NewListing(string name, Category category, District? district = null)
    {
        var listing = new Listing(name, Slug.From(name), new PostalAddress("Hansastraße 12", "46236", "Bottrop"), Now)
        {
            Status = ListingStatus.Published,
        };
        listing.SetCategories([category]);
        listing.SetDistrict(district);
        return listing;
    }

    /// <summary>The outbox as (kind, entity id) pairs in the order written.</summary>
    public async Task<List<(OutboxMessageKind Kind, int EntityId)>> RowsAsync()
    {
        await using var db = Open();
        var rows = await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
        return rows.Select(m => (m.Kind, m.EntityId)).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }

        await Task.CompletedTask;
    }
}
