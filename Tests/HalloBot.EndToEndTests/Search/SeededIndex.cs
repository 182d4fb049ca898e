using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using HalloBot.Search.Contract;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.EndToEndTests.Search;

/// <summary>
/// Puts the published listings of the database into the site's real index, as the indexing job does. The outbox
/// would do the same a moment later; upserting is idempotent, so doing it here makes the tests independent of
/// when that happens.
/// </summary>
public static class SeededIndex
{
    public static async Task<int> FillAsync(HalloBotDbContext db, ISearchIndex index)
    {
        var listings = await db.Listings.AsNoTracking()
            .Where(l => l.Status == ListingStatus.Published)
            .Include(l => l.District)
            .Include(l => l.Categories).ThenInclude(c => c.Category)
            .AsSplitQuery()
            .ToListAsync();
        await index.UpsertAsync([.. listings.Select(Document)], CancellationToken.None);
        return listings.Count;
    }

    private static SearchDocument Document(Listing listing) => new()
    {
        ListingId = listing.Id,
        Slug = listing.Slug,
        ExternalId = listing.ExternalId,
        Name = listing.Name,
        Categories = [.. listing.OrderedCategories.Select(c => new SearchTerm(c.Name, c.Slug))],
        District = listing.District is { } district ? new SearchTerm(district.Name, district.Slug) : null,
        Keywords = listing.Keywords,
        Description = listing.Description,
        Features = [.. ListingFeatureCodes.Split(listing.Features).Select(ListingFeatureCodes.ToCode)],
        Location = listing.Location,
        OpeningHours = listing.OpeningHours,
        UpdatedAt = listing.UpdatedAt,
    };
}
