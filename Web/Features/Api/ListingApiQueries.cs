using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Api;

/// <summary>The result of looking a listing up by slug: found, moved to a new slug, or neither.</summary>
public sealed record SlugLookup(ListingResponse? Listing, string? CurrentSlug)
{
    public static SlugLookup None { get; } = new(null, null);
}

/// <summary>Reads published listings for the JSON API; every query loads its rows in one round trip.</summary>
public sealed class ListingApiQueries(HalloBotDbContext db, ListingResponseMapper mapper)
{
    public async Task<SlugLookup> FindBySlugAsync(string slug, DateTimeOffset at, string siteRoot, CancellationToken cancellationToken)
    {
        // A string that no slug can be never reaches the database.
        if (!Slug.IsWellFormed(slug))
        {
            return SlugLookup.None;
        }

        var listing = await PublishedWithDetails().FirstOrDefaultAsync(l => l.Slug == slug, cancellationToken);
        if (listing is not null)
        {
            return new SlugLookup(mapper.Map(listing, at, siteRoot), listing.Slug);
        }

        var currentSlug = await db.SlugRedirects.AsNoTracking()
            .Where(r => r.Slug == slug)
            .Join(Published(), r => r.ListingId, l => l.Id, (_, l) => l.Slug)
            .FirstOrDefaultAsync(cancellationToken);
        return currentSlug is null ? SlugLookup.None : new SlugLookup(null, currentSlug);
    }

    public async Task<ListingPageResponse> ListAsync(
        string? externalId, int page, int pageSize, DateTimeOffset at, string siteRoot, CancellationToken cancellationToken)
    {
        var query = Published();
        if (externalId is not null)
        {
            query = query.Where(l => l.ExternalId == externalId);
        }

        var total = await query.CountAsync(cancellationToken);
        // Computed wide: page × pageSize can pass int.MaxValue, and such a page is simply empty.
        var offset = (long)(page - 1) * pageSize;
        if (offset >= total)
        {
            return new ListingPageResponse(total, []);
        }

        var listings = await WithDetails(query)
            .OrderBy(l => l.Name).ThenBy(l => l.Id)
            .Skip((int)offset).Take(pageSize)
            .ToListAsync(cancellationToken);
        return new ListingPageResponse(total, [.. listings.Select(l => mapper.Map(l, at, siteRoot))]);
    }

    private IQueryable<Listing> Published() =>
        db.Listings.AsNoTracking().Where(l => l.Status == ListingStatus.Published);

    private IQueryable<Listing> PublishedWithDetails() => WithDetails(Published());

    private static IQueryable<Listing> WithDetails(IQueryable<Listing> listings) =>
        listings
            .Include(l => l.District)
            .Include(l => l.Categories.OrderBy(c => c.Position)).ThenInclude(c => c.Category);
}
