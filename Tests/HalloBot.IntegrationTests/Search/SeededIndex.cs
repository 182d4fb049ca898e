using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using HalloBot.Jobs.Indexing;
using HalloBot.Search.Contract;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Search;

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
        await index.UpsertAsync([.. listings.Select(SearchDocumentBuilder.Build)], CancellationToken.None);
        return listings.Count;
    }
}
