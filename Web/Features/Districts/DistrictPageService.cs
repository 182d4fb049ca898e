using HalloBot.Domain.Persistence;
using HalloBot.Web.Features.Listings;
using HalloBot.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Districts;

public sealed class DistrictPageService(HalloBotDbContext db, ListingListService lists, IStringLocalizer<SharedResource> t)
{
    /// <summary>The district's page of listings, or null when the district or the page does not exist.</summary>
    public async Task<DirectoryPageModel?> GetAsync(string slug, int pageNumber, CancellationToken cancellationToken)
    {
        var district = await db.Districts.AsNoTracking()
            .Where(d => d.Slug == slug)
            .Select(d => new { d.Id, d.Name, d.Slug })
            .FirstOrDefaultAsync(cancellationToken);
        if (district is null)
        {
            return null;
        }

        var listings = await lists.PageAsync(l => l.DistrictId == district.Id, pageNumber, cancellationToken);
        return listings is null
            ? null
            : new DirectoryPageModel(t["District.Kind"], district.Name, $"/stadtteil/{district.Slug}", listings);
    }
}
