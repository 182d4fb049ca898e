using HalloBot.Domain.Feedback;
using HalloBot.Domain.Persistence;
using HalloBot.Jobs.Images;
using HalloBot.Web.Features.Business;
using HalloBot.Web.Features.Shared;
using HalloBot.Web.Infrastructure.RateLimiting;
using HalloBot.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace HalloBot.Web.Features.Feedback;

/// <summary>"Mitgestalten": the public roadmap and feedback pages; members send feedback, vote, follow and comment.</summary>
public sealed class FeedbackController(
    HalloBotDbContext db,
    FeedbackPages pages,
    FeedbackSubmission submission,
    FeedbackParticipation participation) : Controller
{
    private const string Folder = "~/Features/Feedback/";

    [HttpGet(FeedbackRoutes.Public)]
    public async Task<IActionResult> Index([FromQuery(Name = "bereich")] string? area, CancellationToken cancellationToken)
    {
        FeedbackArea? chosen = Enum.TryParse<FeedbackArea>(area, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(area![0]) ? parsed : null;
        return View(Folder + "Index.cshtml", await pages.RoadmapAsync(chosen, cancellationToken));
    }

    [HttpGet(FeedbackRoutes.Public + "/{id:int}")]
    public async Task<IActionResult> Show(int id, [FromQuery(Name = "erledigt")] string? done, CancellationToken cancellationToken)
    {
        var page = await pages.DetailAsync(id, await ViewerAsync(cancellationToken), cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        return page.MergedInto is { } target
            ? RedirectPermanent(FeedbackRoutes.Detail(target))
            : View(Folder + "Show.cshtml", page with { Done = done });
    }

    [Authorize]
    [HttpGet(FeedbackRoutes.New)]
    public async Task<IActionResult> New(CancellationToken cancellationToken)
    {
        if (await ViewerAsync(cancellationToken) is not { } member)
        {
            return Challenge();
        }

        var page = await submission.PageAsync(member, cancellationToken);
        return page is null ? NotMember() : View(Folder + "New.cshtml", page);
    }

    [Authorize]
    [HttpPost(FeedbackRoutes.New)]
    [EnableRateLimiting(RateLimitPolicies.PublicForms)]
    [UploadLimits(typeof(FeedbackScreenshotTooLarge))]
    public async Task<IActionResult> Submit([FromForm] FeedbackFormInput input, CancellationToken cancellationToken)
    {
        if (await ViewerAsync(cancellationToken) is not { } member)
        {
            return Challenge();
        }

        var result = await submission.SubmitAsync(input, member, SiteUrl.Root(Request), cancellationToken);
        return result.State switch
        {
            FeedbackSubmitState.Created => Redirect(FeedbackRoutes.Detail(result.Id!.Value) + "?erledigt=gesendet"),
            FeedbackSubmitState.Ignored => Redirect(FeedbackRoutes.Public),
            FeedbackSubmitState.NotMember => NotMember(),
            _ => Invalid(View(Folder + "New.cshtml", result.Page)),
        };
    }

    [Authorize]
    [HttpPost(FeedbackRoutes.Public + "/{id:int}/stimme")]
    [EnableRateLimiting(RateLimitPolicies.PublicForms)]
    public async Task<IActionResult> Vote(int id, [FromForm(Name = FeedbackFields.VoteListing)] string? listingId, CancellationToken cancellationToken)
    {
        if (await ViewerAsync(cancellationToken) is not { } member)
        {
            return Challenge();
        }

        return await AfterAsync(id, member, await participation.VoteAsync(id, listingId, member, cancellationToken), "abgestimmt", null, cancellationToken);
    }

    [Authorize]
    [HttpPost(FeedbackRoutes.Public + "/{id:int}/folgen")]
    [EnableRateLimiting(RateLimitPolicies.PublicForms)]
    public async Task<IActionResult> Follow(int id, [FromForm] string? follow, CancellationToken cancellationToken)
    {
        if (await ViewerAsync(cancellationToken) is not { } member)
        {
            return Challenge();
        }

        var following = follow == "true";
        var result = await participation.FollowAsync(id, following, member, cancellationToken);
        return await AfterAsync(id, member, result, following ? "folgen" : "entfolgt", null, cancellationToken);
    }

    [Authorize]
    [HttpPost(FeedbackRoutes.Public + "/{id:int}/kommentar")]
    [EnableRateLimiting(RateLimitPolicies.PublicForms)]
    public async Task<IActionResult> Comment(
        int id,
        [FromForm(Name = FeedbackFields.CommentListing)] string? listingId,
        [FromForm(Name = FeedbackFields.Comment)] string? text,
        [FromForm(Name = FeedbackFields.Honeypot)] string? website,
        CancellationToken cancellationToken)
    {
        if (await ViewerAsync(cancellationToken) is not { } member)
        {
            return Challenge();
        }

        if (!string.IsNullOrEmpty(website))
        {
            // The hidden field is filled: a bot. It is answered like a success and learns nothing; nothing is written.
            return Redirect($"{FeedbackRoutes.Detail(id)}?erledigt=kommentiert#aktionen");
        }

        var result = await participation.CommentAsync(id, listingId, text, member, cancellationToken);
        return await AfterAsync(id, member, result, "kommentiert", (listingId, text), cancellationToken);
    }

    /// <summary>Back to the page on success (so a reload sends nothing twice); the page with the errors otherwise.</summary>
    private async Task<IActionResult> AfterAsync(int id, CurrentMember member, ParticipationResult result, string done, (string?, string?)? comment, CancellationToken cancellationToken)
    {
        if (result.State == ParticipationState.Done)
        {
            return Redirect($"{FeedbackRoutes.Detail(id)}?erledigt={done}#aktionen");
        }

        if (result.State == ParticipationState.NotFound || await pages.DetailAsync(id, member, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        var view = View(Folder + "Show.cshtml", page with { Errors = result.Errors, CommentListingId = comment?.Item1, CommentText = comment?.Item2 });
        view.StatusCode = result.State switch
        {
            ParticipationState.Forbidden => StatusCodes.Status403Forbidden,
            ParticipationState.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        return view;
    }

    private ViewResult NotMember()
    {
        var view = View(Folder + "NotMember.cshtml");
        view.StatusCode = StatusCodes.Status403Forbidden;
        return view;
    }

    private static ViewResult Invalid(ViewResult view)
    {
        view.StatusCode = StatusCodes.Status400BadRequest;
        return view;
    }

    private Task<CurrentMember?> ViewerAsync(CancellationToken cancellationToken) =>
        User.Identity?.IsAuthenticated == true ? CurrentMember.FindAsync(db, User, cancellationToken) : Task.FromResult<CurrentMember?>(null);
}
