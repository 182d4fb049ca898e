using HalloBot.Domain.Categories;
using HalloBot.Domain.Districts;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Domain.Exchange;

/// <summary>
/// Imports a file of the listing exchange format: every row is checked first; only a file without
/// errors is written, all of it in one transaction. A row whose <c>external_id</c> is known updates
/// that listing, as does a row naming a listing by its reserved <c>hallobot:{id}</c> (<see cref="ReservedExternalId"/>);
/// any other row creates one.
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

            var stored = await LoadStoredAsync(cancellationToken);
            var errors = CheckListingReferences(file.Rows, stored);
            if (errors.Count > 0)
            {
                return new ListingImportReport { Errors = errors, Warnings = file.Warnings };
            }

            var report = await WriteAsync(file.Rows, stored, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return report with { Warnings = file.Warnings };
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetectChanges;
        }
    }

    /// <summary>
    /// A reserved <c>hallobot:{id}</c> must name a listing that exists and has no external id of its own;
    /// checked before anything is written, like every other error.
    /// </summary>
    private static List<ImportMessage> CheckListingReferences(IReadOnlyList<ListingRow> rows, StoredListings stored)
    {
        var errors = new List<ImportMessage>();
        foreach (var row in rows)
        {
            if (row.ListingId is not { } id)
            {
                continue;
            }

            if (!stored.ById.TryGetValue(id, out var listing))
            {
                errors.Add(new ImportMessage(row.Row, ListingCsvColumns.ExternalId, ExchangeMessages.NoSuchListing(id)));
            }
            else if (listing.ExternalId is { } externalId)
            {
                errors.Add(new ImportMessage(row.Row, ListingCsvColumns.ExternalId, ExchangeMessages.ListingHasExternalId(id, externalId)));
            }
        }

        return errors;
    }

    private async Task<ListingImportReport> WriteAsync(IReadOnlyList<ListingRow> rows, StoredListings stored, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var categories = new NameRegistry<Category>(c => c.Name, c => c.Slug, n => new Category(n));
        categories.AddExisting(await db.Categories.ToListAsync(cancellationToken));
        var districts = new NameRegistry<District>(d => d.Name, d => d.Slug, n => new District(n));
        districts.AddExisting(await db.Districts.ToListAsync(cancellationToken));
        await CreateMissingNamesAsync(rows, categories, districts, cancellationToken);
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
                if (stored.IdOf(row) is { } id)
                {
                    if (stored.ById[id].Fingerprint == _fingerprint.Of(row, district?.Id, rowCategories.Select(c => c.Id)))
                    {
                        unchanged++;
                    }
                    else
                    {
                        changes.Add((row, id));
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

    /// <summary>
    /// Id, external id and fingerprint of every listing, read in one pass: those without an external id
    /// too, since a row may name one of them as <c>hallobot:{id}</c>.
    /// </summary>
    private async Task<StoredListings> LoadStoredAsync(CancellationToken cancellationToken)
    {
        var stored = new StoredListings();
        var listings = db.Listings.AsNoTracking().Include(l => l.Categories).AsAsyncEnumerable();
        await foreach (var listing in listings.WithCancellation(cancellationToken))
        {
            stored.Add(listing.Id, listing.ExternalId, _fingerprint.Of(listing));
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

    private sealed class StoredListings
    {
        private readonly Dictionary<string, int> _byExternalId = new(StringComparer.Ordinal);

        public Dictionary<int, (string? ExternalId, UInt128 Fingerprint)> ById { get; } = [];

        public void Add(int id, string? externalId, UInt128 fingerprint)
        {
            ById.Add(id, (externalId, fingerprint));
            if (externalId is not null)
            {
                _byExternalId.Add(externalId, id);
            }
        }

        /// <summary>The stored listing a row updates, or null where the row creates one.</summary>
        public int? IdOf(ListingRow row) =>
            row.ListingId ?? (row.ExternalId is not null && _byExternalId.TryGetValue(row.ExternalId, out var id) ? id : null);
    }
}
