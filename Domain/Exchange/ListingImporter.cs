using HalloBot.Domain.Categories;
using HalloBot.Domain.Districts;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Domain.Exchange;

/// <summary>
/// Imports a file of the listing exchange format: every row is checked first; only a file without
/// errors is written, all of it in one transaction. A row whose <c>external_id</c> is known updates
/// that listing; any other row creates one.
/// </summary>
public sealed class ListingImporter(HalloBotDbContext db, TimeProvider timeProvider)
{
    /// <summary>Rows saved at a time: large enough for few round trips, small enough that the change tracker stays cheap.</summary>
    public const int BatchSize = 2000;

    /// <summary>Listings loaded per query; keeps the id list well under SQL Server's 2,100 parameters.</summary>
    private const int LoadChunkSize = 500;

    private readonly ListingFingerprint _fingerprint = new();

    /// <remarks>Clears the context's change tracker.</remarks>
    public async Task<ListingImportReport> ImportAsync(Stream csv, CancellationToken cancellationToken = default)
    {
        var file = ListingCsvFile.Read(csv);
        if (file.HasErrors)
        {
            return new ListingImportReport { Errors = file.Errors, Warnings = file.Warnings };
        }

        var autoDetectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (db.Database.IsSqlite())
            {
                // SQLite's default page cache of 2 MB spills to disk over and over while 100,000 rows go in.
                await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -65536", cancellationToken);
            }

            var report = await WriteAsync(file.Rows, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return report with { Warnings = file.Warnings };
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetectChanges;
        }
    }

    private async Task<ListingImportReport> WriteAsync(IReadOnlyList<ListingRow> rows, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var categories = new NameRegistry<Category>(c => c.Name, c => c.Slug, n => new Category(n));
        categories.AddExisting(await db.Categories.ToListAsync(cancellationToken));
        var districts = new NameRegistry<District>(d => d.Name, d => d.Slug, n => new District(n));
        districts.AddExisting(await db.Districts.ToListAsync(cancellationToken));
        await CreateMissingNamesAsync(rows, categories, districts, cancellationToken);
        var stored = await LoadFingerprintsAsync(cancellationToken);
        var slugs = await LoadSlugsAsync(cancellationToken);

        int created = 0, updated = 0, unchanged = 0;
        foreach (var batch in rows.Chunk(BatchSize))
        {
            // A fresh tracker per batch keeps memory flat; categories and districts are shared by all batches.
            db.ChangeTracker.Clear();
            db.AttachRange(categories.All);
            db.AttachRange(districts.All);
            var changes = new List<(ListingRow Row, int ListingId)>();
            foreach (var row in batch)
            {
                var rowCategories = row.Categories.Select(categories.Resolve).Distinct().ToList();
                var district = row.District is null ? null : districts.Resolve(row.District);
                if (row.ExternalId is not null && stored.TryGetValue(row.ExternalId, out var known))
                {
                    if (known.Fingerprint == _fingerprint.Of(row, district?.Id, rowCategories.Select(c => c.Id)))
                    {
                        unchanged++;
                    }
                    else
                    {
                        changes.Add((row, known.Id));
                    }

                    continue;
                }

                var listing = new Listing(row.Name, slugs.Claim(row.Name, row.District), row.Address, now);
                ListingRowMapping.Apply(listing, row, rowCategories, district);
                db.Listings.Add(listing);
                created++;
            }

            var listings = await LoadListingsAsync(changes.Select(c => c.ListingId), cancellationToken);
            foreach (var (row, listingId) in changes)
            {
                var listing = listings[listingId];
                if (listing.Name != row.Name)
                {
                    listing.Rename(row.Name, slugs.Claim(row.Name, row.District, listing.Id));
                }

                ListingRowMapping.Apply(
                    listing, row, row.Categories.Select(categories.Resolve).Distinct().ToList(), row.District is null ? null : districts.Resolve(row.District));
                listing.Touch(now);
                updated++;
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ListingImportReport { Created = created, Updated = updated, Unchanged = unchanged };
    }

    private async Task CreateMissingNamesAsync(
        IReadOnlyList<ListingRow> rows, NameRegistry<Category> categories, NameRegistry<District> districts, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            foreach (var name in row.Categories)
            {
                categories.Resolve(name);
            }

            if (row.District is not null)
            {
                districts.Resolve(row.District);
            }
        }

        db.Categories.AddRange(categories.Created);
        db.Districts.AddRange(districts.Created);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Id and fingerprint of every listing with an external id, read in one pass.</summary>
    private async Task<Dictionary<string, (int Id, UInt128 Fingerprint)>> LoadFingerprintsAsync(CancellationToken cancellationToken)
    {
        var stored = new Dictionary<string, (int, UInt128)>(StringComparer.Ordinal);
        var listings = db.Listings.AsNoTracking().Include(l => l.Categories).Where(l => l.ExternalId != null).AsAsyncEnumerable();
        await foreach (var listing in listings.WithCancellation(cancellationToken))
        {
            stored.Add(listing.ExternalId!, (listing.Id, _fingerprint.Of(listing)));
        }

        return stored;
    }

    private async Task<SlugRegistry> LoadSlugsAsync(CancellationToken cancellationToken)
    {
        var slugs = new SlugRegistry();
        await foreach (var listing in db.Listings.AsNoTracking().Select(l => new { l.Slug, l.Id }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            slugs.Add(listing.Slug, listing.Id);
        }

        await foreach (var redirect in db.SlugRedirects.AsNoTracking().Select(r => new { r.Slug, r.ListingId }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            slugs.Add(redirect.Slug, redirect.ListingId);
        }

        return slugs;
    }

    /// <summary>The listings to update, tracked, with their categories and former slugs.</summary>
    private async Task<Dictionary<int, Listing>> LoadListingsAsync(IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var listings = new Dictionary<int, Listing>();
        foreach (var chunk in ids.Chunk(LoadChunkSize))
        {
            // Three plain queries: Include would add a join per collection to every query for no gain here.
            var loaded = await db.Listings.Where(l => chunk.Contains(l.Id)).ToListAsync(cancellationToken);
            await db.Set<ListingCategory>().Where(c => chunk.Contains(c.ListingId)).LoadAsync(cancellationToken);
            await db.SlugRedirects.Where(r => chunk.Contains(r.ListingId)).LoadAsync(cancellationToken);
            foreach (var listing in loaded)
            {
                listings.Add(listing.Id, listing);
            }
        }

        return listings;
    }
}
