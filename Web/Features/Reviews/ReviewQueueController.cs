using HalloBot.Domain.Persistence;
using HalloBot.Domain.Reviews;
using HalloBot.Web.Features.Business;
using HalloBot.Web.Features.Shared;
using HalloBot.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Reviews;

/// <summary>The office's review queue: claims and new listings, oldest first, approved or rejected with a reason.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ReviewQueueController(HalloBotDbContext db, ReviewService reviews, ImportMessageWording wording) : Controller
{
    public const string Path = "/verwaltung/pruefung";
    public const string ReasonField = "Reason";
    private const string QueueView = "~/Features/Reviews/Queue.cshtml";

    [HttpGet(Path)]
    public async Task<IActionResult> Index([FromQuery(Name = "erledigt")] string? done, CancellationToken cancellationToken)
    {
        ViewData["Done"] = done;
        return View(QueueView, new ReviewQueuePage(await reviews.PendingAsync(cancellationToken), null, []));
    }

    [HttpPost(Path + "/{id:int}/annehmen")]
    public async Task<IActionResult> Approve(int id, CancellationToken cancellationToken)
    {
        if (await CurrentMember.FindAsync(db, User, cancellationToken) is not { } staff)
        {
            return Challenge();
        }

        return Decided(await reviews.ApproveAsync(id, staff, SiteUrl.Root(Request), cancellationToken), "angenommen");
    }

    [HttpPost(Path + "/{id:int}/ablehnen")]
    public async Task<IActionResult> Reject(int id, [FromForm] string? reason, CancellationToken cancellationToken)
    {
        if (await CurrentMember.FindAsync(db, User, cancellationToken) is not { } staff)
        {
            return Challenge();
        }

        var text = reason?.Trim() ?? "";
        var error = text.Length == 0 ? wording.Required
            : text.Length > ListingRequest.ReasonMaxLength ? wording.TooLong(text.Length, ListingRequest.ReasonMaxLength)
            : null;
        if (error is not null)
        {
            var page = new ReviewQueuePage(await reviews.PendingAsync(cancellationToken), id, [new FieldError(ReasonField, error)]) { Reason = reason };
            return View(QueueView, page);
        }

        return Decided(await reviews.RejectAsync(id, text, staff, SiteUrl.Root(Request), cancellationToken), "abgelehnt");
    }

    private IActionResult Decided(ReviewOutcome outcome, string what) => outcome switch
    {
        ReviewOutcome.NotFound => NotFound(),
        ReviewOutcome.AlreadyDecided => Redirect($"{Path}?erledigt=schon"),
        _ => Redirect($"{Path}?erledigt={what}"),
    };
}

/// <param name="FailedRequestId">The request whose rejection form came back with <paramref name="Errors"/>.</param>
public sealed record ReviewQueuePage(IReadOnlyList<PendingRequest> Requests, int? FailedRequestId, IReadOnlyList<FieldError> Errors)
{
    public string? Reason { get; init; }
}
