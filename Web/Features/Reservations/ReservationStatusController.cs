using HalloBot.Domain.Reservations;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Reservations;

/// <summary>
/// The resident's private page, reached only through the link in the confirmation mail. The page is kept out of
/// caches and search engines (and, by the view's meta tag, out of referrers): its address is the key.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ReservationStatusController(ResidentReservationService service) : Controller
{
    private const string NoticeKey = "Reservations.Notice";

    public static string PathFor(string token) => $"/reservierung/{token}";

    [HttpGet("/reservierung/{token}")]
    public async Task<IActionResult> Show(string token, CancellationToken cancellationToken)
    {
        KeepPrivate();
        var page = await service.PageAsync(token, TempData[NoticeKey] as string, cancellationToken);
        return page is null ? NotFound() : View("~/Features/Reservations/Status.cshtml", new ReservationStatusPage(token, page));
    }

    [HttpPost("/reservierung/{token}/bestaetigen")]
    public Task<IActionResult> Confirm(string token, CancellationToken cancellationToken) => ActAsync(token, ReservationAction.Confirm, cancellationToken);

    [HttpPost("/reservierung/{token}/termin-annehmen")]
    public Task<IActionResult> TakeProposal(string token, CancellationToken cancellationToken) => ActAsync(token, ReservationAction.TakeProposal, cancellationToken);

    [HttpPost("/reservierung/{token}/stornieren")]
    public Task<IActionResult> Cancel(string token, CancellationToken cancellationToken) => ActAsync(token, ReservationAction.Cancel, cancellationToken);

    private async Task<IActionResult> ActAsync(string token, ReservationAction action, CancellationToken cancellationToken)
    {
        KeepPrivate();
        var page = await service.ActAsync(token, action, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        TempData[NoticeKey] = page.Notice;
        return Redirect(PathFor(token));
    }

    private void KeepPrivate()
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
    }
}

public sealed record ReservationStatusPage(string Token, ResidentReservationPage Reservation);
