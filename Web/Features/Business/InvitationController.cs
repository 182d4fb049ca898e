using HalloBot.Domain.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Business;

/// <summary>
/// The link in an invitation mail. Anyone holding it sees what it is for; accepting needs an account (any),
/// and a link that is used up, expired or unknown says so plainly.
/// </summary>
public sealed class InvitationController(HalloBotDbContext db, MembersService members) : BusinessControllerBase(db)
{
    public static string PathFor(string token) => $"/einladung/{token}";

    [AllowAnonymous]
    [HttpGet("/einladung/{token}")]
    public async Task<IActionResult> Show(string token, CancellationToken cancellationToken)
    {
        var page = await members.InvitationAsync(token, cancellationToken);
        Response.StatusCode = StatusFor(page.State);
        ViewData["Token"] = token;
        return View(ViewPath("Invitation"), page);
    }

    [HttpPost("/einladung/{token}")]
    public async Task<IActionResult> Accept(string token, CancellationToken cancellationToken)
    {
        if (await MemberAsync(cancellationToken) is not { } member)
        {
            return Challenge();
        }

        var (page, listingId) = await members.AcceptAsync(token, member.Id, cancellationToken);
        if (listingId is { } id)
        {
            return Redirect(ListingEditController.PathFor(id));
        }

        Response.StatusCode = StatusFor(page.State);
        ViewData["Token"] = token;
        return View(ViewPath("Invitation"), page);
    }

    private static int StatusFor(InvitationState state) => state switch
    {
        InvitationState.Unknown => StatusCodes.Status404NotFound,
        InvitationState.Used or InvitationState.Expired => StatusCodes.Status410Gone,
        _ => StatusCodes.Status200OK,
    };
}
