using HalloBot.Domain.Persistence;
using HalloBot.Web.Features.Listings;
using HalloBot.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Categories;

public sealed class CategoryPageService(HalloBotDbContext db, ListingListService lists, IStringLocalizer<SharedResource> t)
{
    /// <summary>The category's page of listings, or null when the category or the page does not exist.</summary>
    public async Task<DirectoryPageModel?> GetAsync(string slug, int pageNumber, CancellationToken cancellationToken)
    {
        var category = await db.Categories.AsNoTracking()
            .Where(c => c.Slug == slug)
            .Select(c => new { c.Id, c.Name, c.Slug })
            .FirstOrDefaultAsync(cancellationToken);
        if (category is null)
        {
            return null;
        }

        var listings = await lists.PageAsync(l => l.Categories.Any(c => c.CategoryId == category.Id), pageNumber, cancellationToken);
        return listings is null
            ? null
            : new DirectoryPageModel(t["Category.Kind"], category.Name, $"/kategorie/{category.Slug}", listings);
    }
}
