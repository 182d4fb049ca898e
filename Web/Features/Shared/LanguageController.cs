using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Shared;

/// <summary>
/// The language switch: a plain link, so it works without JavaScript. It stores the choice in the
/// culture cookie and goes back to the page it came from. A language preference is no state worth an
/// antiforgery token on every page.
/// </summary>
public sealed class LanguageController : Controller
{
    [HttpGet("/sprache/{language}")]
    public IActionResult Switch(string language, [FromQuery(Name = "zurueck")] string? returnUrl)
    {
        var culture = Extensions.SupportedCultures.FirstOrDefault(c => c.TwoLetterISOLanguageName == language);
        if (culture is null)
        {
            return NotFound();
        }

        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                IsEssential = true,
                HttpOnly = true,
                Secure = Request.IsHttps,
                SameSite = SameSiteMode.Lax,
            });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
