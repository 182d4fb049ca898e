using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.ApiReference;

/// <summary>The browsable API reference: plain HTML, no scripts, no requests elsewhere.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ApiReferenceController(ApiReferenceService reference) : Controller
{
    [HttpGet("/api")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await reference.BuildAsync(cancellationToken));
}
