using HalloBot.Domain.Offers;
using HalloBot.Domain.Persistence;
using HalloBot.Search.Analysis;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Offers;

/// <summary>
/// On the search page: the offers of the shops found whose own words match the query, so that a search finds the
/// offer itself and not only its shop. Words are compared after the index's German analysis (folding, stemming), so
/// "erdbeere" finds "Erdbeeren".
/// </summary>
public sealed class MatchingOffersViewComponent(HalloBotDbContext db, OfferCalendar calendar, GermanTextAnalysis analysis) : ViewComponent
{
    private const int MaxShown = 10;

    public async Task<IViewComponentResult> InvokeAsync(string? text, IReadOnlyList<string> slugs)
    {
        var wanted = Stems(text);
        if (wanted.Count == 0 || slugs.Count == 0)
        {
            return Content("");
        }

        var today = calendar.Today;
        var offers = await db.Offers.AsNoTracking()
            .Where(o => slugs.Contains(o.Listing.Slug) && o.ValidFrom <= today && (o.ValidTo == null || o.ValidTo >= today))
            .Select(o => new { Offer = o, o.Listing.Slug, o.Listing.Name })
            .ToListAsync(HttpContext.RequestAborted);
        var matches = offers
            .Where(o => Stems(o.Offer.Title + " " + o.Offer.Description).Overlaps(wanted))
            .OrderBy(o => slugs.ToList().IndexOf(o.Slug))
            .Take(MaxShown)
            .Select(o => new MatchingOffer(o.Offer, o.Slug, o.Name))
            .ToList();
        return View("~/Features/Offers/_MatchingOffers.cshtml", matches);
    }

    private HashSet<string> Stems(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : analysis.Analyze(text).SelectMany(w => w.Word.IndexTerms()).ToHashSet(StringComparer.Ordinal);
}

public sealed record MatchingOffer(Offer Offer, string ListingSlug, string ListingName);
