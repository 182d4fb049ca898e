using HalloBot.Domain.Persistence;
using HalloBot.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Business;

public sealed class ListingAuditController(HalloBotDbContext db, ListingAccess access, AuditTrailService trail) : BusinessControllerBase(db)
{
    public static string PathFor(int listingId) => $"/betrieb/{listingId}/verlauf";

    [HttpGet("/betrieb/{id:int}/verlauf")]
    public async Task<IActionResult> Index(int id, [FromQuery(Name = "seite")] int page, CancellationToken cancellationToken)
    {
        if (!await access.CanManageAsync(User, id) || await trail.PageAsync(id, page, cancellationToken) is not { } model)
        {
            return NotFound();
        }

        return View(ViewPath("Audit"), model);
    }
}
