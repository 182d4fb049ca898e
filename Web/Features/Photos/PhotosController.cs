using HalloBot.Domain.Persistence;
using HalloBot.Web.Features.Business;
using HalloBot.Web.Infrastructure.Authorization;
using HalloBot.Web.Infrastructure.RateLimiting;
using HalloBot.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;

namespace HalloBot.Web.Features.Photos;

/// <summary>A listing's photos for its members and for staff: the page, the upload and the status poll.</summary>
[Authorize]
public sealed class PhotosController(
    HalloBotDbContext db, ListingAccess access, PhotoPageService pages, PhotoUploadService uploads, PhotoTexts texts) : Controller
{
    [HttpGet(PhotoRoutes.Page)]
    public async Task<IActionResult> Index(
        int listingId, [FromQuery(Name = "erledigt")] string? done, [FromQuery(Name = "fehler")] string? error, CancellationToken cancellationToken)
    {
        if (!await access.CanManageAsync(User, listingId) || await pages.PageAsync(listingId, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        return View(page with { Notice = PhotoNotices.Done(texts, done), Error = PhotoNotices.Error(texts, error), FileError = TempData[ListingPhotoTooLarge.ErrorKey] as string });
    }

    /// <summary>The list alone, for the script that adds rows after an upload without reloading the page.</summary>
    [HttpGet(PhotoRoutes.Page + "/liste")]
    public async Task<IActionResult> List(int listingId, CancellationToken cancellationToken)
    {
        if (!await access.CanManageAsync(User, listingId) || await pages.PageAsync(listingId, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        return PartialView("_PhotoList", page);
    }

    [HttpGet(PhotoRoutes.Page + "/status")]
    public async Task<IActionResult> Status(int listingId, CancellationToken cancellationToken)
    {
        if (!await access.CanManageAsync(User, listingId))
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return Json(await pages.StatusAsync(listingId, cancellationToken));
    }

    [HttpPost(PhotoRoutes.Page)]
    [UploadLimits(typeof(ListingPhotoTooLarge), MaxFiles = PhotoPageService.MaxFilesPerUpload)]
    [EnableRateLimiting(RateLimitPolicies.Uploads)]
    public async Task<IActionResult> Upload(
        int listingId, [FromForm(Name = "fotos")] List<IFormFile> files, [FromForm(Name = "beschreibungen")] List<string?> altTexts, CancellationToken cancellationToken)
    {
        if (!await access.CanManageAsync(User, listingId))
        {
            return NotFound();
        }

        if ((await CurrentMember.FindAsync(db, User, cancellationToken))?.Actor is not { } actor)
        {
            return Challenge();
        }

        var outcome = await uploads.UploadAsync(listingId, files, altTexts, actor, cancellationToken);
        if (outcome is null)
        {
            return NotFound();
        }

        if (WantsJson(Request))
        {
            return new JsonResult(new PhotoUploadResponse(outcome.Error, outcome.Files))
            {
                StatusCode = outcome.Succeeded ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest,
            };
        }

        if (outcome.Succeeded)
        {
            return Redirect(PhotoRoutes.Index(listingId) + "?erledigt=hochgeladen");
        }

        var page = await pages.PageAsync(listingId, cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Index), page! with { Error = outcome.Error, UploadResults = outcome.Files });
    }

    /// <summary>The upload script asks for JSON; a form sent by the browser itself gets a page.</summary>
    internal static bool WantsJson(HttpRequest request) =>
        request.Headers[HeaderNames.Accept].ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);
}
