using HalloBot.Domain.Persistence;
using HalloBot.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Business;

/// <summary>The members of a listing; invite a colleague; leave.</summary>
public sealed class ListingMembersController(HalloBotDbContext db, ListingAccess access, MembersService members) : BusinessControllerBase(db)
{
    public static string PathFor(int listingId) => $"/betrieb/{listingId}/mitglieder";

    [HttpGet("/betrieb/{id:int}/mitglieder")]
    public async Task<IActionResult> Index(int id, [FromQuery(Name = "eingeladen")] bool invited, CancellationToken cancellationToken)
    {
        if (!await access.CanManageAsync(User, id) || await MemberAsync(cancellationToken) is not { } member
            || await members.PageAsync(id, member.Id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        ViewData["Invited"] = invited;
        return View(ViewPath("Members"), page);
    }

    [HttpPost("/betrieb/{id:int}/mitglieder/einladen")]
    public async Task<IActionResult> Invite(int id, [FromForm] string? email, CancellationToken cancellationToken)
    {
        if (!await access.CanManageAsync(User, id) || await MemberAsync(cancellationToken) is not { } member)
        {
            return NotFound();
        }

        var (invited, page) = await members.InviteAsync(id, email, member, SiteRoot, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        return invited ? Redirect($"{PathFor(id)}?eingeladen=true") : View(ViewPath("Members"), page);
    }

    [HttpPost("/betrieb/{id:int}/mitglieder/verlassen")]
    public async Task<IActionResult> Leave(int id, CancellationToken cancellationToken)
    {
        if (!await access.CanManageAsync(User, id) || await MemberAsync(cancellationToken) is not { } member
            || !await members.LeaveAsync(id, member.Id, cancellationToken))
        {
            return NotFound();
        }

        return Redirect(BusinessDashboardController.Path);
    }
}
