using System.Security.Claims;
using HalloBot.Domain.Persistence;
using HalloBot.Domain.Reservations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Reservations;

/// <summary>The reservations box on "Meine Betriebe": per listing the member keeps, what waits for an answer.</summary>
public sealed class ReservationsSummaryViewComponent(HalloBotDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var memberId = (User as ClaimsPrincipal)?.FindFirstValue(ClaimTypes.NameIdentifier);
        var open = ReservationStatuses.Open.ToList();
        var rows = memberId is null ? [] : await db.ListingMemberships.AsNoTracking()
            .Where(m => m.MemberId == memberId)
            .Select(m => new ReservationsSummaryRow(
                m.ListingId,
                m.Listing.Name,
                db.Reservations.Count(r => r.ListingId == m.ListingId && r.Status == ReservationStatus.Requested),
                db.Reservations.Count(r => r.ListingId == m.ListingId && open.Contains(r.Status) && r.Status != ReservationStatus.AwaitingConfirmation)))
            .ToListAsync(HttpContext.RequestAborted);
        return View("~/Features/Reservations/_DashboardSummary.cshtml", rows);
    }
}

public sealed record ReservationsSummaryRow(int ListingId, string ListingName, int Unanswered, int Open);
