using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Offers;

/// <summary>The offers section of a listing page: <c>@await Component.InvokeAsync("ListingOffers", new { slug })</c>.</summary>
public sealed class ListingOffersViewComponent(OfferPageService pages) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string slug) =>
        View("~/Features/Offers/_ListingOffers.cshtml", await pages.ForListingAsync(slug, HttpContext.RequestAborted));
}
