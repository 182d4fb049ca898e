using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Jobs.Indexing;

internal static class IndexedListings
{
    /// <summary>The listings search shows, read-only, with what their documents need.</summary>
    public static IQueryable<Listing> Published(HalloBotDbContext db) =>
        db.Listings
            .AsNoTracking()
            .Where(l => l.Status == ListingStatus.Published)
            .Include(l => l.Categories).ThenInclude(c => c.Category)
            .Include(l => l.District)
            .AsSplitQuery();
}
