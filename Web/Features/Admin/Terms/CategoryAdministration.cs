using HalloBot.Domain.Categories;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Admin.Terms;

public sealed class CategoryAdministration(HalloBotDbContext db, TimeProvider timeProvider) : TermAdministration<Category>(db)
{
    protected override int NameMaxLength => Category.NameMaxLength;

    protected override IQueryable<TermRow> Rows() =>
        Db.Categories.Select(c => new TermRow
        {
            Id = c.Id,
            Name = c.Name,
            Slug = c.Slug,
            Listings = Db.Set<ListingCategory>().Count(lc => lc.CategoryId == c.Id),
        });

    protected override Category Create(string name) => new(name);

    protected override Task<int> CountListingsAsync(int id, CancellationToken cancellationToken) =>
        Db.Set<ListingCategory>().CountAsync(lc => lc.CategoryId == id, cancellationToken);

    /// <summary>
    /// Each listing keeps its order of categories with <paramref name="target"/> in <paramref name="source"/>'s
    /// place, or where it already stood when the listing had both.
    /// </summary>
    protected override async Task<int> MoveListingsAsync(Category source, Category target, CancellationToken cancellationToken)
    {
        var listings = await Db.Listings
            .Where(l => l.Categories.Any(c => c.CategoryId == source.Id))
            .Include(l => l.Categories).ThenInclude(c => c.Category)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        foreach (var listing in listings)
        {
            var merged = listing.OrderedCategories
                .Select(c => c.Id == source.Id ? target : c)
                .DistinctBy(c => c.Id)
                .ToList();
            listing.SetCategories(merged);
            listing.Touch(now);
        }

        return listings.Count;
    }
}
