using HalloBot.Domain.Accounts;
using HalloBot.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Admin.Members;

[Area(AdminExtensions.Area)]
[Authorize(Policy = Policies.Staff)]
[Route("verwaltung/mitglieder")]
public sealed class MembersController(MemberAdministration members, UserManager<Member> users, IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "q")] string? query, CancellationToken cancellationToken) =>
        View(await members.SearchAsync(query, cancellationToken));

    [HttpGet("{id}")]
    public async Task<IActionResult> Show(string id, CancellationToken cancellationToken) =>
        await PageAsync(id, m => m, cancellationToken);

    [HttpPost("{id}/eintraege")]
    public async Task<IActionResult> AddMembership(string id, [FromForm(Name = "eintrag")] string? listing, CancellationToken cancellationToken)
    {
        var (problem, name) = await members.AddMembershipAsync(id, listing, cancellationToken);
        return problem switch
        {
            MemberProblem.None => Done(t["Admin.Members.MembershipAdded", name ?? ""], id),
            MemberProblem.NotFound => NotFound(),
            _ => await PageAsync(id, m => m with { ListingReference = listing, MembershipError = Describe(problem, name) }, cancellationToken),
        };
    }

    [HttpPost("{id}/eintraege/{listingId:int}/entfernen")]
    public async Task<IActionResult> RemoveMembership(string id, int listingId, CancellationToken cancellationToken)
    {
        var (problem, name) = await members.RemoveMembershipAsync(id, listingId, cancellationToken);
        return problem == MemberProblem.None ? Done(t["Admin.Members.MembershipRemoved", name ?? ""], id) : NotFound();
    }

    [HttpPost("{id}/mitarbeit")]
    public async Task<IActionResult> SetStaff(string id, [FromForm(Name = "mitarbeit")] bool staff, CancellationToken cancellationToken)
    {
        var problem = await members.SetStaffAsync(id, staff, users.GetUserId(User) ?? "");
        return problem switch
        {
            MemberProblem.None => Done(t[staff ? "Admin.Members.StaffGranted" : "Admin.Members.StaffRevoked"], id),
            MemberProblem.NotFound => NotFound(),
            _ => await PageAsync(id, m => m with { StaffError = Describe(problem, null) }, cancellationToken),
        };
    }

    [HttpPost("{id}/entsperren")]
    public async Task<IActionResult> Unlock(string id)
    {
        var problem = await members.UnlockAsync(id);
        return problem == MemberProblem.None ? Done(t["Admin.Members.Unlocked"], id) : NotFound();
    }

    private async Task<IActionResult> PageAsync(string id, Func<MemberPageModel, MemberPageModel> with, CancellationToken cancellationToken)
    {
        var model = await members.FindAsync(id, users.GetUserId(User) ?? "", cancellationToken);
        return model is null ? NotFound() : View("Show", with(model));
    }

    private string Describe(MemberProblem problem, string? listingName) => problem switch
    {
        MemberProblem.ListingRequired => t["Admin.Members.ListingRequired"],
        MemberProblem.NoSuchListing => t["Admin.Members.NoSuchListing"],
        MemberProblem.AlreadyMember => t["Admin.Members.AlreadyMember", listingName ?? ""],
        MemberProblem.NotYourself => t["Admin.Members.NotYourself"],
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "Not a refusal."),
    };

    private RedirectResult Done(string notice, string id)
    {
        TempData[AdminNotice.Key] = notice;
        return Redirect($"/verwaltung/mitglieder/{Uri.EscapeDataString(id)}");
    }
}
