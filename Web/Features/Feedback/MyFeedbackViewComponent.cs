using System.Security.Claims;
using HalloBot.Domain.Feedback;
using HalloBot.Domain.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Feedback;

/// <summary>
/// "Mein Feedback" on the business dashboard: what the member sent, and where each stands. A merged one links to, and
/// counts the votes of, the feedback it was merged into: that is where its votes went.
/// </summary>
public sealed class MyFeedbackViewComponent(HalloBotDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var memberId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var items = await db.FeedbackItems.AsNoTracking()
            .Where(f => f.SenderMemberId == memberId)
            .OrderByDescending(f => f.CreatedAt)
            .Select(f => new MyFeedbackItem(f.Id, f.MergedIntoId ?? f.Id, f.Title, f.Status, f.MergedIntoId != null, f.CreatedAt, db.FeedbackVotes.Count(v => v.FeedbackId == (f.MergedIntoId ?? f.Id))))
            .ToListAsync(HttpContext.RequestAborted);
        return View("~/Features/Feedback/_MyFeedback.cshtml", items);
    }
}

public sealed record MyFeedbackItem(int Id, int LinkId, string Title, FeedbackStatus Status, bool Merged, DateTime CreatedAt, int Votes);
