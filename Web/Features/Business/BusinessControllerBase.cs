using HalloBot.Domain.Persistence;
using HalloBot.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Business;

/// <summary>
/// What every business page shares: a signed-in member (anyone else goes to the sign-in page), views in this
/// feature's folder whatever the controller is called, and the site's address for links in mails.
/// </summary>
[Authorize]
public abstract class BusinessControllerBase(HalloBotDbContext db) : Controller
{
    protected const string ViewFolder = "~/Features/Business/";

    protected string SiteRoot => SiteUrl.Root(Request);

    protected static string ViewPath(string name) => $"{ViewFolder}{name}.cshtml";

    /// <summary>Null when the sign-in cookie names an account that no longer exists; answer with <see cref="ControllerBase.Challenge()"/>.</summary>
    protected Task<CurrentMember?> MemberAsync(CancellationToken cancellationToken) => CurrentMember.FindAsync(db, User, cancellationToken);
}
