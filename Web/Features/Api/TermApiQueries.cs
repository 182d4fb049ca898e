using System.Globalization;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Api;

/// <summary>Categories and districts with the number of published listings in each.</summary>
public sealed class TermApiQueries(HalloBotDbContext db)
{
    // German order ("Ärzte" beside "Apotheke"), which the database's own collation does not give on SQLite.
    private static readonly StringComparer GermanOrder = StringComparer.Create(CultureInfo.GetCultureInfo("de-DE"), ignoreCase: true);

    public async Task<IReadOnlyList<TermCountResponse>> CategoriesAsync(CancellationToken cancellationToken)
    {
        var categories = await db.Categories.AsNoTracking()
            .Select(c => new TermCountResponse(
                c.Name,
                c.Slug,
                db.Set<ListingCategory>().Count(lc => lc.CategoryId == c.Id && lc.Listing.Status == ListingStatus.Published)))
            .ToListAsync(cancellationToken);
        return InGermanOrder(categories);
    }

    public async Task<IReadOnlyList<TermCountResponse>> DistrictsAsync(CancellationToken cancellationToken)
    {
        var districts = await db.Districts.AsNoTracking()
            .Select(d => new TermCountResponse(
                d.Name,
                d.Slug,
                db.Listings.Count(l => l.DistrictId == d.Id && l.Status == ListingStatus.Published)))
            .ToListAsync(cancellationToken);
        return InGermanOrder(districts);
    }

    private static TermCountResponse[] InGermanOrder(IEnumerable<TermCountResponse> terms) =>
        [.. terms.OrderBy(t => t.Name, GermanOrder).ThenBy(t => t.Slug, StringComparer.Ordinal)];
}
