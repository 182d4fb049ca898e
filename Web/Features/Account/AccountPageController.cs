using HalloBot.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Account;

/// <summary>
/// The account controllers share one folder of views (the view engine would otherwise look in a folder per controller)
/// and a few habits: absolute links from the request, Identity's errors shown beside the form.
/// </summary>
public abstract class AccountPageController : Controller
{
    protected string Root => SiteUrl.Root(Request);

    protected ViewResult Page(string name, object? model = null) => View($"/Features/Account/{name}.cshtml", model);

    protected void AddErrors(IdentityResult result, string field = "")
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(field, error.Description);
        }
    }

    /// <summary>Only to a page of this site: a return address in a link must not send anyone elsewhere.</summary>
    protected IActionResult RedirectToLocal(string? returnUrl) =>
        LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : AccountLinks.MyAccount);
}
