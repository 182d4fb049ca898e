using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Business;

/// <summary>
/// The first of <see cref="Slug.Candidates"/> that no other listing holds, as its slug or as a redirect: an old
/// link must keep reaching the business it was made for. A listing may take back one of its own former slugs.
/// </summary>
public static class SlugAllocator
{
    /// <param name="listingId">The listing being renamed; 0 for a new one.</param>
    public static async Task<string> FreeSlugAsync(HalloBotDbContext db, string name, string? districtName, int listingId, CancellationToken cancellationToken)
    {
        foreach (var candidate in Slug.Candidates(name, districtName))
        {
            var taken = await db.Listings.AnyAsync(l => l.Slug == candidate && l.Id != listingId, cancellationToken)
                || await db.SlugRedirects.AnyAsync(r => r.Slug == candidate && r.ListingId != listingId, cancellationToken);
            if (!taken)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Slug.Candidates never ends.");
    }
}
