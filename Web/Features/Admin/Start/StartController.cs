using HalloBot.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Admin.Start;

[Area(AdminExtensions.Area)]
[Authorize(Policy = Policies.Staff)]
public sealed class StartController : Controller
{
    [HttpGet("/verwaltung")]
    public IActionResult Index() => View();
}
