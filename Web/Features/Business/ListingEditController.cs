using HalloBot.Domain.Persistence;
using HalloBot.Web.Features.HoursEditor;
using HalloBot.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Business;

/// <summary>Every field of a listing, for its members and for staff acting on the business's behalf.</summary>
public sealed class ListingEditController(HalloBotDbContext db, ListingAccess access, ListingEditService edits) : BusinessControllerBase(db)
{
    public static string PathFor(int listingId) => $"/betrieb/{listingId}/bearbeiten";

    [HttpGet("/betrieb/{id:int}/bearbeiten")]
    public async Task<IActionResult> Edit(int id, [FromQuery(Name = "geaendert")] int? changed, [FromQuery(Name = "neu")] bool created, CancellationToken cancellationToken)
    {
        if (!await access.CanManageAsync(User, id) || await edits.PageAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        ViewData["Changed"] = changed;
        ViewData["Created"] = created;
        return View(ViewPath("Edit"), page);
    }

    [HttpPost("/betrieb/{id:int}/bearbeiten")]
    public async Task<IActionResult> Save(
        int id, [FromForm] ListingFormInput input, [FromForm(Name = ListingHours.Prefix)] HoursEditorInput? hours, CancellationToken cancellationToken)
    {
        if (!await access.CanManageAsync(User, id))
        {
            return NotFound();
        }

        if (await MemberAsync(cancellationToken) is not { } member)
        {
            return Challenge();
        }

        var outcome = await edits.SaveAsync(id, input, hours, member.Actor, cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        return outcome.Page is { } page
            ? View(ViewPath("Edit"), page)
            : Redirect($"{PathFor(id)}?geaendert={outcome.ChangedFields}");
    }
}
