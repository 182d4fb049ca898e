using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Home;

public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View();
}
