using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Search;

public sealed class SearchController(SearchPageService pages) : Controller
{
    [HttpGet("/suche")]
    public async Task<IActionResult> Index(
        [FromQuery] SearchParameters parameters, [FromQuery(Name = SearchState.OffersParameter)] string? withOffers, CancellationToken cancellationToken)
    {
        // The page never fails on a bad parameter: it names it and searches with the rest.
        var unreadable = ModelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => e.Key).ToList();
        return View(await pages.GetAsync(parameters, unreadable, withOffers is "1" or "true", cancellationToken));
    }
}
