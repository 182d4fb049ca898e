using System.Text;
using HalloBot.Domain.Reservations;
using HalloBot.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Reservations;

/// <summary>
/// A shop's reservations under /betrieb/{listing}/reservierungen. Every action first asks whether the member keeps
/// the listing, and answers "no" with 404; the service then finds reservations only within that listing.
/// </summary>
[Authorize]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ShopReservationsController(ShopReservationService service, ReservationCsvExport export, ListingAccess access) : Controller
{
    private const string NoticeKey = "Reservations.ShopNotice";
    private const string DetailView = "~/Features/Reservations/ShopDetail.cshtml";

    public static string ListPath(int listingId) => $"/betrieb/{listingId}/reservierungen";

    public static string DetailPath(int listingId, int id) => $"{ListPath(listingId)}/{id}";

    /// <summary>A page of the list, with its filter: plain links, so paging needs no script.</summary>
    public static string ListPath(int listingId, ReservationStatus? filter, int page)
    {
        var query = new List<string>();
        if (filter is { } status)
        {
            query.Add($"status={status}");
        }

        if (page > 1)
        {
            query.Add($"seite={page.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        return query.Count == 0 ? ListPath(listingId) : $"{ListPath(listingId)}?{string.Join("&", query)}";
    }

    [HttpGet("/betrieb/{listingId:int}/reservierungen")]
    public async Task<IActionResult> Index(int listingId, [FromQuery] string? status, [FromQuery(Name = "seite")] int? page, CancellationToken cancellationToken)
    {
        if (!await access.CanManageAsync(User, listingId))
        {
            return NotFound();
        }

        ReservationStatus? filter = Enum.TryParse<ReservationStatus>(status, ignoreCase: true, out var s)
            && ReservationStatuses.VisibleToShop.Contains(s) ? s : null;
        var list = await service.ListAsync(listingId, filter, page ?? 1, cancellationToken);
        return list is null ? NotFound() : View("~/Features/Reservations/ShopList.cshtml", list);
    }

    [HttpGet("/betrieb/{listingId:int}/reservierungen.csv")]
    public async Task<IActionResult> Csv(int listingId, CancellationToken cancellationToken)
    {
        if (!await access.CanManageAsync(User, listingId))
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        var body = await export.WriteAsync(service.ExportRowsAsync(listingId), cancellationToken);
        return File(body, "text/csv; charset=utf-8", $"reservierungen-{listingId}.csv");
    }

    [HttpGet("/betrieb/{listingId:int}/reservierungen/{id:int}")]
    public async Task<IActionResult> Show(int listingId, int id, CancellationToken cancellationToken)
    {
        if (!await access.CanManageAsync(User, listingId))
        {
            return NotFound();
        }

        var detail = await service.DetailAsync(listingId, id, cancellationToken);
        return detail is null ? NotFound() : View(DetailView, detail with { Notice = TempData[NoticeKey] as string });
    }

    [HttpPost("/betrieb/{listingId:int}/reservierungen/{id:int}/annehmen")]
    public Task<IActionResult> Accept(int listingId, int id, [FromForm] ShopAnswerForm form, CancellationToken cancellationToken) =>
        AnswerAsync(listingId, id, ReservationAction.Accept, form, cancellationToken);

    [HttpPost("/betrieb/{listingId:int}/reservierungen/{id:int}/anderer-termin")]
    public Task<IActionResult> Propose(int listingId, int id, [FromForm] ShopAnswerForm form, CancellationToken cancellationToken) =>
        AnswerAsync(listingId, id, ReservationAction.ProposeOtherTime, form, cancellationToken);

    [HttpPost("/betrieb/{listingId:int}/reservierungen/{id:int}/ablehnen")]
    public Task<IActionResult> Decline(int listingId, int id, [FromForm] ShopAnswerForm form, CancellationToken cancellationToken) =>
        AnswerAsync(listingId, id, ReservationAction.Decline, form, cancellationToken);

    [HttpPost("/betrieb/{listingId:int}/reservierungen/{id:int}/abgeholt")]
    public Task<IActionResult> PickedUp(int listingId, int id, CancellationToken cancellationToken) =>
        MarkAsync(listingId, id, ReservationAction.MarkPickedUp, cancellationToken);

    [HttpPost("/betrieb/{listingId:int}/reservierungen/{id:int}/nicht-abgeholt")]
    public Task<IActionResult> NotCollected(int listingId, int id, CancellationToken cancellationToken) =>
        MarkAsync(listingId, id, ReservationAction.MarkNotCollected, cancellationToken);

    private async Task<IActionResult> AnswerAsync(int listingId, int id, ReservationAction answer, ShopAnswerForm form, CancellationToken cancellationToken)
    {
        if (!await access.CanManageAsync(User, listingId))
        {
            return NotFound();
        }

        var detail = await service.AnswerAsync(listingId, id, answer, form, cancellationToken);
        return After(detail, answer);
    }

    private async Task<IActionResult> MarkAsync(int listingId, int id, ReservationAction mark, CancellationToken cancellationToken)
    {
        if (!await access.CanManageAsync(User, listingId))
        {
            return NotFound();
        }

        return After(await service.MarkAsync(listingId, id, mark, cancellationToken), mark);
    }

    /// <summary>Done: back to the reservation (a reload sends nothing twice). Refused: the page again, with the reasons, as 400.</summary>
    private IActionResult After(ShopReservationDetail? detail, ReservationAction action)
    {
        if (detail is null)
        {
            return NotFound();
        }

        if (detail.Errors.Count > 0 || detail.Notice == ShopReservationService.NotPossible)
        {
            Response.StatusCode = detail.Errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
            ViewData["Answer"] = action;
            return View(DetailView, detail);
        }

        TempData[NoticeKey] = detail.Notice;
        return Redirect(DetailPath(detail.ListingId, detail.Id));
    }
}
