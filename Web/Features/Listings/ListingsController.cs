using HalloBot.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Listings;

public sealed class ListingsController(ListingPageService pages) : Controller
{
    [HttpGet("/b/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        var lookup = await pages.FindAsync(slug, SiteUrl.Root(Request), cancellationToken);
        if (lookup.CurrentSlug is { } currentSlug)
        {
            return RedirectToActionPermanent(nameof(Show), new { slug = currentSlug });
        }

        return lookup.Page is null ? NotFound() : View(lookup.Page);
    }
}
