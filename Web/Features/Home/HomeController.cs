using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Home;

public sealed class HomeController(HomePageService pages) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await pages.GetAsync(cancellationToken));
}
