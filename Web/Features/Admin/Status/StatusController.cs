using HalloBot.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Admin.Status;

[Area(AdminExtensions.Area)]
[Authorize(Policy = Policies.Staff)]
public sealed class StatusController(StatusReport report) : Controller
{
    [HttpGet("/verwaltung/status")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await report.ReadAsync(cancellationToken));
}
