using HalloBot.Domain.Persistence;
using HalloBot.Jobs.Indexing;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Jobs.Offers;

/// <summary>
/// Daily, just after midnight in the city: offers that start today or ended yesterday change what search shows
/// without anyone saving anything, so their listings' documents are brought in line. Safe to run twice; a run
/// missed (the site was down at midnight) is caught up for the days since <see cref="CatchUpDays"/>.
/// </summary>
public sealed class OfferValidityJob(HalloBotDbContext db, CurrentOfferTexts offers, ListingIndexer indexer)
{
    public const int CatchUpDays = 3;

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var today = offers.Today;
        var earliest = today.AddDays(-CatchUpDays);
        var listingIds = await db.Offers.AsNoTracking()
            .Where(o => (o.ValidFrom > earliest && o.ValidFrom <= today) || (o.ValidTo >= earliest && o.ValidTo < today))
            .Select(o => o.ListingId)
            .Distinct()
            .ToListAsync(cancellationToken);
        if (listingIds.Count > 0)
        {
            await indexer.SyncAsync(listingIds, cancellationToken);
        }
    }
}
