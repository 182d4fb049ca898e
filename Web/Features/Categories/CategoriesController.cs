using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Categories;

public sealed class CategoriesController(CategoryPageService pages) : Controller
{
    [HttpGet("/kategorie/{slug}")]
    public async Task<IActionResult> Show(string slug, [FromQuery(Name = "seite")] int page = 1, CancellationToken cancellationToken = default)
    {
        var model = ModelState.IsValid ? await pages.GetAsync(slug, page, cancellationToken) : null;
        return model is null ? NotFound() : View("ListingDirectory", model);
    }
}
