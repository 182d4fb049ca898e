using HalloBot.Domain.Feedback;
using HalloBot.Domain.Persistence;
using HalloBot.Web.Features.Business;
using HalloBot.Web.Features.Shared;
using HalloBot.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Feedback;

/// <summary>The office's triage of feedback under <c>/verwaltung/mitgestalten</c>.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class FeedbackTriageController(HalloBotDbContext db, FeedbackTriage triage) : Controller
{
    private const string Folder = "~/Features/Feedback/";

    [HttpGet(FeedbackRoutes.Staff)]
    public async Task<IActionResult> Index([FromQuery] string? status, CancellationToken cancellationToken)
    {
        FeedbackStatus? chosen = Enum.TryParse<FeedbackStatus>(status, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(status![0]) ? parsed : null;
        return View(Folder + "Triage.cshtml", await triage.ListAsync(chosen, cancellationToken));
    }

    [HttpGet(FeedbackRoutes.Staff + "/{id:int}")]
    public async Task<IActionResult> Show(int id, [FromQuery(Name = "erledigt")] string? done, CancellationToken cancellationToken) =>
        await triage.PageAsync(id, cancellationToken) is { } page ? View(Folder + "TriageShow.cshtml", page with { Done = done }) : NotFound();

    [HttpPost(FeedbackRoutes.Staff + "/{id:int}/status")]
    public async Task<IActionResult> ChangeStatus(int id, [FromForm] string? status, [FromForm] string? answer, [FromForm] string? seen, CancellationToken cancellationToken)
    {
        if (await CurrentMember.FindAsync(db, User, cancellationToken) is not { } staff)
        {
            return Challenge();
        }

        var result = await triage.ChangeStatusAsync(id, status, answer, seen, staff, SiteUrl.Root(Request), cancellationToken);
        return await AfterAsync(id, result, "status", p => p with { StatusValue = status, AnswerValue = answer }, cancellationToken);
    }

    [HttpPost(FeedbackRoutes.Staff + "/{id:int}/notiz")]
    public async Task<IActionResult> AddNote(int id, [FromForm] string? note, CancellationToken cancellationToken)
    {
        if (await CurrentMember.FindAsync(db, User, cancellationToken) is not { } staff)
        {
            return Challenge();
        }

        var result = await triage.AddNoteAsync(id, note, staff, cancellationToken);
        return await AfterAsync(id, result, "notiz", p => p with { NoteValue = note }, cancellationToken);
    }

    [HttpPost(FeedbackRoutes.Staff + "/{id:int}/zusammenfuehren")]
    public async Task<IActionResult> Merge(int id, [FromForm(Name = FeedbackFields.MergeTarget)] string? target, CancellationToken cancellationToken)
    {
        var result = await triage.MergeAsync(id, target, cancellationToken);
        if (result is { State: TriageState.Done, TargetId: { } into })
        {
            return Redirect(FeedbackRoutes.StaffDetail(into) + "?erledigt=zusammengefuehrt");
        }

        return await AfterAsync(id, result, "zusammengefuehrt", p => p with { MergeValue = target }, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(int id, TriageResult result, string done, Func<StaffFeedbackPage, StaffFeedbackPage> keepInput, CancellationToken cancellationToken)
    {
        if (result.State == TriageState.Done)
        {
            return Redirect(FeedbackRoutes.StaffDetail(id) + "?erledigt=" + done);
        }

        if (result.State == TriageState.NotFound || await triage.PageAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        var view = View(Folder + "TriageShow.cshtml", keepInput(page) with { Errors = result.Errors });
        view.StatusCode = result.State == TriageState.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return view;
    }
}
