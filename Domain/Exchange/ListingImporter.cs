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

    /// <summary>Existing listings loaded per query; keeps the id list well under SQL Server's 2,100 parameters.</summary>
    private const int LoadChunkSize = 500;

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

        var listingIds = await db.Listings.AsNoTracking()
            .Where(l => l.ExternalId != null)
            .Select(l => new { l.Id, l.ExternalId })
            .ToDictionaryAsync(l => l.ExternalId!, l => l.Id, StringComparer.Ordinal, cancellationToken);
        var slugs = await LoadSlugsAsync(cancellationToken);

        int created = 0, updated = 0, unchanged = 0;
        foreach (var batch in rows.Chunk(BatchSize))
        {
            // A fresh tracker per batch keeps memory flat; categories and districts are shared by all batches.
            db.ChangeTracker.Clear();
            db.AttachRange(categories.All);
            db.AttachRange(districts.All);
            var existing = await LoadListingsAsync(batch, listingIds, cancellationToken);
            foreach (var row in batch)
            {
                var rowCategories = row.Categories.Select(categories.Resolve).Distinct().ToList();
                var district = row.District is null ? null : districts.Resolve(row.District);
                if (row.ExternalId is not null && listingIds.TryGetValue(row.ExternalId, out var id))
                {
                    var listing = existing[id];
                    if (ListingRowMapping.Matches(listing, row, rowCategories, district))
                    {
                        unchanged++;
                        continue;
                    }

                    if (listing.Name != row.Name)
                    {
                        listing.Rename(row.Name, slugs.Claim(row.Name, row.District, listing.Id));
                    }

                    ListingRowMapping.Apply(listing, row, rowCategories, district);
                    listing.Touch(now);
                    updated++;
                }
                else
                {
                    var listing = new Listing(row.Name, slugs.Claim(row.Name, row.District), row.Address, now);
                    ListingRowMapping.Apply(listing, row, rowCategories, district);
                    db.Listings.Add(listing);
                    created++;
                }
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

    private async Task<Dictionary<int, Listing>> LoadListingsAsync(
        ListingRow[] batch, Dictionary<string, int> listingIds, CancellationToken cancellationToken)
    {
        var ids = batch
            .Select(r => r.ExternalId is not null && listingIds.TryGetValue(r.ExternalId, out var id) ? id : 0)
            .Where(id => id != 0)
            .ToList();
        var listings = new Dictionary<int, Listing>(ids.Count);
        foreach (var chunk in ids.Chunk(LoadChunkSize))
        {
            var loaded = await db.Listings
                .Include(l => l.Categories)
                .Include(l => l.FormerSlugs)
                .AsSplitQuery()
                .Where(l => chunk.Contains(l.Id))
                .ToListAsync(cancellationToken);
            foreach (var listing in loaded)
            {
                listings.Add(listing.Id, listing);
            }
        }

        return listings;
    }
}
