using HalloBot.Domain.Persistence;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Business;

public sealed class BusinessDashboardController(HalloBotDbContext db, DashboardService dashboard) : BusinessControllerBase(db)
{
    public const string Path = "/betrieb";

    [HttpGet(Path)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (await MemberAsync(cancellationToken) is not { } member)
        {
            return Challenge();
        }

        return View(ViewPath("Dashboard"), await dashboard.PageAsync(member.Id, member.IsStaff, cancellationToken));
    }
}
