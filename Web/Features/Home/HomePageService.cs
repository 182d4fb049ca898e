using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using HalloBot.Web.Features.Listings;
using HalloBot.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Home;

public sealed class HomePageService(HalloBotDbContext db, ListingListService lists)
{
    private const int RecentCount = 6;

    public async Task<HomePageModel> GetAsync(CancellationToken cancellationToken)
    {
        var categories = await db.Categories.AsNoTracking()
            .Select(c => new
            {
                c.Name,
                c.Slug,
                Count = db.Set<ListingCategory>().Count(lc => lc.CategoryId == c.Id && lc.Listing.Status == ListingStatus.Published),
            })
            .Where(c => c.Count > 0)
            .Select(c => new CountedLinkItem(c.Name, c.Slug, c.Count))
            .ToListAsync(cancellationToken);
        var districts = await db.Districts.AsNoTracking()
            .Select(d => new
            {
                d.Name,
                d.Slug,
                Count = db.Listings.Count(l => l.DistrictId == d.Id && l.Status == ListingStatus.Published),
            })
            .Where(d => d.Count > 0)
            .Select(d => new CountedLinkItem(d.Name, d.Slug, d.Count))
            .ToListAsync(cancellationToken);
        var recent = await lists.RecentlyUpdatedAsync(RecentCount, cancellationToken);
        return new HomePageModel(SortByName(categories), SortByName(districts), recent);
    }

    private static List<CountedLinkItem> SortByName(List<CountedLinkItem> items) =>
        items.OrderBy(i => i.Name, GermanCollation.Comparer).ToList();
}

public sealed record HomePageModel(
    IReadOnlyList<CountedLinkItem> Categories,
    IReadOnlyList<CountedLinkItem> Districts,
    IReadOnlyList<ListingSummary> RecentlyUpdated);
