using HalloBot.Domain.Persistence;
using HalloBot.Web.Features.Business;
using HalloBot.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Photos;

/// <summary>Changes to a listing's photos, each a plain form post that ends on the photo page (no script needed).</summary>
[Authorize]
public sealed class PhotoEditsController(HalloBotDbContext db, ListingAccess access, PhotoPageService pages, PhotoEditService edits) : Controller
{
    [HttpPost(PhotoRoutes.Page + "/beschreibungen")]
    public async Task<IActionResult> AltTexts(
        int listingId, [FromForm(Name = "beschreibung")] Dictionary<int, string?> altTexts, CancellationToken cancellationToken)
    {
        if (await ActorAsync(listingId, cancellationToken) is not { } actor)
        {
            return NotFound();
        }

        var problems = await edits.SaveAltTextsAsync(listingId, altTexts, actor, cancellationToken);
        if (problems.Count == 0)
        {
            return Done(listingId, "beschreibungen");
        }

        if (await pages.PageAsync(listingId, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("~/Features/Photos/Index.cshtml", page with { AltTextProblems = problems });
    }

    [HttpPost(PhotoRoutes.Page + "/{photoId:int}/nach-vorn")]
    public Task<IActionResult> MoveUp(int listingId, int photoId, CancellationToken cancellationToken) =>
        MoveAsync(listingId, photoId, -1, cancellationToken);

    [HttpPost(PhotoRoutes.Page + "/{photoId:int}/nach-hinten")]
    public Task<IActionResult> MoveDown(int listingId, int photoId, CancellationToken cancellationToken) =>
        MoveAsync(listingId, photoId, 1, cancellationToken);

    [HttpPost(PhotoRoutes.Page + "/{photoId:int}/titelbild")]
    public async Task<IActionResult> Cover(int listingId, int photoId, CancellationToken cancellationToken)
    {
        if (await ActorAsync(listingId, cancellationToken) is not { } actor)
        {
            return NotFound();
        }

        return await edits.SetCoverAsync(listingId, photoId, actor, cancellationToken) switch
        {
            null => NotFound(),
            false => Redirect(PhotoRoutes.Index(listingId) + "?fehler=kein-titelbild"),
            true => Done(listingId, "titelbild"),
        };
    }

    [HttpPost(PhotoRoutes.Page + "/{photoId:int}/loeschen")]
    public async Task<IActionResult> Delete(int listingId, int photoId, CancellationToken cancellationToken)
    {
        if (await ActorAsync(listingId, cancellationToken) is not { } actor)
        {
            return NotFound();
        }

        return await edits.DeleteAsync(listingId, photoId, actor, cancellationToken) ? Done(listingId, "geloescht") : NotFound();
    }

    private async Task<IActionResult> MoveAsync(int listingId, int photoId, int offset, CancellationToken cancellationToken)
    {
        if (await ActorAsync(listingId, cancellationToken) is not { } actor)
        {
            return NotFound();
        }

        return await edits.MoveAsync(listingId, photoId, offset, actor, cancellationToken) ? Done(listingId, "reihenfolge", $"foto-{photoId}") : NotFound();
    }

    /// <summary>Who acts, when they may manage the listing; null (answered with 404) otherwise.</summary>
    private async Task<Domain.Audit.ChangeActor?> ActorAsync(int listingId, CancellationToken cancellationToken) =>
        await access.CanManageAsync(User, listingId) ? (await CurrentMember.FindAsync(db, User, cancellationToken))?.Actor : null;

    /// <summary>Back to the page, scrolled to <paramref name="anchor"/>: a keyboard user moving a photo finds it again.</summary>
    private RedirectResult Done(int listingId, string code, string anchor = "fotos") =>
        Redirect($"{PhotoRoutes.Index(listingId)}?erledigt={code}#{anchor}");
}
