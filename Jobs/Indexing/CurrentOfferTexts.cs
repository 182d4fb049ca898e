using HalloBot.Domain.OpeningHours;
using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Jobs.Indexing;

/// <summary>
/// The words of the offers a listing shows today (the city's calendar day), for its search document: each offer's
/// title and description. A sold-out offer still counts; it is shown, marked so.
/// </summary>
public sealed class CurrentOfferTexts(HalloBotDbContext db, TimeProvider timeProvider, OpeningHoursCalendar calendar)
{
    public DateOnly Today => Domain.Offers.Offer.CityDay(timeProvider.GetUtcNow(), calendar.TimeZone);

    public async Task<ILookup<int, string>> ForListingsAsync(IReadOnlyCollection<int> listingIds, CancellationToken cancellationToken)
    {
        var today = Today;
        var offers = await db.Offers.AsNoTracking()
            .Where(o => listingIds.Contains(o.ListingId) && o.ValidFrom <= today && (o.ValidTo == null || o.ValidTo >= today))
            .OrderBy(o => o.Id)
            .Select(o => new { o.ListingId, o.Title, o.Description })
            .ToListAsync(cancellationToken);
        return offers
            .SelectMany(o => new[] { (o.ListingId, Text: o.Title), (o.ListingId, Text: o.Description) })
            .Where(o => !string.IsNullOrWhiteSpace(o.Text))
            .ToLookup(o => o.ListingId, o => o.Text);
    }
}
