using HalloBot.Domain.Categories;
using HalloBot.Domain.Districts;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Outbox;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.UnitTests.Outbox;

public sealed class OutboxInterceptorTests : IAsyncLifetime
{
    private OutboxDatabase _database = null!;

    public async Task InitializeAsync() => _database = await OutboxDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task SaveChanges_NewListing_WritesOneRowWithTheNewId()
    {
        await using var db = _database.Open();
        var listing = OutboxDatabase.NewListing("Bäckerei Müller", await db.Categories.FirstAsync());
        db.Add(listing);

        await db.SaveChangesAsync();

        Assert.NotEqual(0, listing.Id);
        Assert.Equal([(OutboxMessageKind.IndexListing, listing.Id)], await _database.RowsAsync());
        var row = await db.OutboxMessages.AsNoTracking().SingleAsync();
        Assert.Null(row.ProcessedAt);
        Assert.Null(row.HandedOverAt);
        Assert.Equal(0, row.Attempts);
    }

    [Fact]
    public void SaveChanges_NewListingsSynchronously_WritesOneRowEach()
    {
        using var db = _database.Open();
        var category = db.Categories.First();
        var first = OutboxDatabase.NewListing("Erster Laden", category);
        var second = OutboxDatabase.NewListing("Zweiter Laden", category);
        db.AddRange(first, second);

        db.SaveChanges();

        var rows = db.OutboxMessages.AsNoTracking().OrderBy(m => m.EntityId).Select(m => m.EntityId).ToList();
        Assert.Equal(new[] { first.Id, second.Id }.Order(), rows);
    }

    [Fact]
    public async Task SaveChanges_RenamedAndDescribedListing_WritesOneRow()
    {
        var id = await _database.AddListingAsync("Bäckerei Müller");
        await using var db = _database.Open();
        var listing = await db.Listings.SingleAsync(l => l.Id == id);
        listing.Rename("Bäckerei Müller & Sohn", "baeckerei-mueller-sohn");
        listing.Description = "Seit 1898.";

        await db.SaveChangesAsync();

        Assert.Equal([(OutboxMessageKind.IndexListing, id)], await _database.RowsAsync());
    }

    [Fact]
    public async Task SaveChanges_Unpublished_WritesOneRow()
    {
        var id = await _database.AddListingAsync("Bäckerei Müller");
        await using var db = _database.Open();
        (await db.Listings.SingleAsync(l => l.Id == id)).Status = ListingStatus.Suspended;

        await db.SaveChangesAsync();

        Assert.Equal([(OutboxMessageKind.IndexListing, id)], await _database.RowsAsync());
    }

    [Fact]
    public async Task SaveChanges_DeletedListing_WritesOneRowWithItsId()
    {
        var id = await _database.AddListingAsync("Bäckerei Müller");
        await using var db = _database.Open();
        db.Remove(await db.Listings.Include(l => l.Categories).SingleAsync(l => l.Id == id));

        await db.SaveChangesAsync();

        Assert.False(await db.Listings.AnyAsync());
        Assert.Equal([(OutboxMessageKind.IndexListing, id)], await _database.RowsAsync());
    }

    [Fact]
    public async Task SaveChanges_OnlyCategoriesReplaced_WritesOneRowForTheListing()
    {
        var id = await _database.AddListingAsync("Bäckerei Müller");
        await using var db = _database.Open();
        var listing = await db.Listings.Include(l => l.Categories).SingleAsync(l => l.Id == id);
        listing.SetCategories(await db.Categories.OrderByDescending(c => c.Name).ToListAsync());
        db.ChangeTracker.DetectChanges();
        Assert.Equal(EntityState.Unchanged, db.Entry(listing).State);

        await db.SaveChangesAsync();

        Assert.Equal([(OutboxMessageKind.IndexListing, id)], await _database.RowsAsync());
    }

    [Fact]
    public async Task SaveChanges_OnlyLocationChanged_WritesOneRowForTheListing()
    {
        var id = await _database.AddListingAsync("Bäckerei Müller");
        await using var db = _database.Open();
        (await db.Listings.SingleAsync(l => l.Id == id)).Location = new GeoPoint(51.6, 6.9);

        await db.SaveChangesAsync();

        Assert.Equal([(OutboxMessageKind.IndexListing, id)], await _database.RowsAsync());
    }

    [Fact]
    public async Task SaveChanges_RenamedCategory_WritesOneCategoryRowAndNoListingRows()
    {
        await _database.AddListingAsync("Bäckerei Müller");
        await using var db = _database.Open();
        var category = await db.Categories.SingleAsync(c => c.Name == "Bäckerei");
        db.Entry(category).Property(c => c.Name).CurrentValue = "Bäckereien";

        await db.SaveChangesAsync();

        Assert.Equal([(OutboxMessageKind.IndexCategory, category.Id)], await _database.RowsAsync());
    }

    [Fact]
    public async Task SaveChanges_RenamedDistrict_WritesOneDistrictRow()
    {
        await using var db = _database.Open();
        var district = await db.Districts.SingleAsync(d => d.Name == "Kirchhellen");
        db.Entry(district).Property(d => d.Slug).CurrentValue = "kirchhellen-mitte";

        await db.SaveChangesAsync();

        Assert.Equal([(OutboxMessageKind.IndexDistrict, district.Id)], await _database.RowsAsync());
    }

    [Fact]
    public async Task SaveChanges_NewCategoryAndDistrict_WritesNoRows()
    {
        await using var db = _database.Open();
        db.AddRange(new Category("Apotheke"), new District("Grafenwald"));

        await db.SaveChangesAsync();

        Assert.Empty(await _database.RowsAsync());
    }

    [Fact]
    public async Task SaveChanges_TransactionRolledBack_LeavesNoRows()
    {
        var id = await _database.AddListingAsync("Bäckerei Müller");
        await using (var db = _database.Open())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            (await db.Listings.SingleAsync(l => l.Id == id)).Status = ListingStatus.Draft;
            db.Add(OutboxDatabase.NewListing("Neuer Laden", await db.Categories.FirstAsync()));
            await db.SaveChangesAsync();
            Assert.Equal(2, await db.OutboxMessages.CountAsync());

            await transaction.RollbackAsync();
        }

        Assert.Empty(await _database.RowsAsync());
        await using var check = _database.Open();
        Assert.Equal(ListingStatus.Published, (await check.Listings.SingleAsync()).Status);
    }

    [Fact]
    public async Task SaveChanges_FailingInsert_LeavesNeitherListingNorRows()
    {
        await _database.AddListingAsync("Bäckerei Müller");
        await using var db = _database.Open();
        var category = await db.Categories.FirstAsync();
        // The second listing's slug is taken: the whole save must fail, the first listing and all rows with it.
        db.AddRange(OutboxDatabase.NewListing("Café Eule", category), OutboxDatabase.NewListing("Bäckerei Müller", category));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Empty(await _database.RowsAsync());
        await using var check = _database.Open();
        Assert.Equal(["Bäckerei Müller"], await check.Listings.Select(l => l.Name).ToListAsync());
    }

    [Fact]
    public async Task SaveChanges_SameListingSavedTwiceInOneTransaction_WritesOneRow()
    {
        var id = await _database.AddListingAsync("Bäckerei Müller");
        await using var db = _database.Open();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var listing = await db.Listings.Include(l => l.Categories).SingleAsync(l => l.Id == id);
        listing.Description = "Erst so.";
        await db.SaveChangesAsync();
        listing.Description = "Dann so.";
        listing.SetCategories([await db.Categories.SingleAsync(c => c.Name == "Café")]);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        Assert.Equal([(OutboxMessageKind.IndexListing, id)], await _database.RowsAsync());
    }

    [Fact]
    public async Task SaveChanges_SameListingInTwoTransactions_WritesTwoPendingRows()
    {
        // Across transactions the rows stay apart: the job that runs first handles both (see the indexing tests).
        var id = await _database.AddListingAsync("Bäckerei Müller");
        for (var i = 0; i < 2; i++)
        {
            await using var db = _database.Open();
            (await db.Listings.SingleAsync(l => l.Id == id)).Description = $"Fassung {i}";
            await db.SaveChangesAsync();
        }

        Assert.Equal([(OutboxMessageKind.IndexListing, id), (OutboxMessageKind.IndexListing, id)], await _database.RowsAsync());
    }

    [Fact]
    public async Task SaveChanges_BatchesWithAutoDetectOffInOneTransaction_WritesOneRowPerListing()
    {
        // The way the CSV importer saves: batches, a fresh tracker each, changes detected by hand.
        var existing = await _database.AddListingAsync("Bäckerei Müller");
        await using var db = _database.Open();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync();
        var category = await db.Categories.AsNoTracking().FirstAsync();
        var created = new List<Listing>();
        for (var batch = 0; batch < 3; batch++)
        {
            db.ChangeTracker.Clear();
            db.Attach(category);
            var batchListings = Enumerable.Range(0, 50).Select(i => OutboxDatabase.NewListing($"Laden {batch}-{i}", category)).ToList();
            db.Listings.AddRange(batchListings);
            created.AddRange(batchListings);
            if (batch == 1)
            {
                (await db.Listings.SingleAsync(l => l.Id == existing)).Description = "Geändert im Import.";
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }

        await transaction.CommitAsync();

        var rows = await _database.RowsAsync();
        Assert.All(rows, r => Assert.Equal(OutboxMessageKind.IndexListing, r.Kind));
        Assert.Equal(created.Select(l => l.Id).Append(existing).Order(), rows.Select(r => r.EntityId).Order());
    }
}
