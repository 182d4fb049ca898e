using HalloBot.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Offers;

/// <summary>A shop's current offers and each offer's own page, under its shop's page; an offer's address with a former slug leads to the current one.</summary>
public sealed class OfferPageController(OfferPageService pages) : Controller
{
    [HttpGet("/b/{slug}/angebote")]
    public async Task<IActionResult> All(string slug, [FromQuery(Name = "seite")] int? page, CancellationToken cancellationToken)
    {
        if (await pages.AllForListingAsync(slug, page, cancellationToken) is not { } all)
        {
            return NotFound();
        }

        return View("~/Features/Offers/All.cshtml", all);
    }

    [HttpGet("/b/{slug}/angebote/{offerId:int}")]
    public async Task<IActionResult> Show(string slug, int offerId, CancellationToken cancellationToken)
    {
        if (await pages.PageAsync(offerId, SiteUrl.Root(Request), cancellationToken) is not { } page)
        {
            return NotFound();
        }

        return page.ListingSlug == slug
            ? View("~/Features/Offers/Show.cshtml", page)
            : RedirectPermanent(OfferRoutes.Public(page.ListingSlug, offerId));
    }
}
