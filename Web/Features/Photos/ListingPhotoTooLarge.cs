using System.Globalization;
using HalloBot.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace HalloBot.Web.Features.Photos;

/// <summary>
/// An upload over the limits: the script gets the message as JSON (413); the browser's own form goes back to the photo
/// page, which shows the message on the file field. The photo page checks access, as always.
/// </summary>
public sealed class ListingPhotoTooLarge : ITooLargeUploadAnswer
{
    /// <summary>TempData key of the message for the photo page's file field.</summary>
    public const string ErrorKey = "PhotoUploadError";

    public Task<IActionResult> AnswerAsync(AuthorizationFilterContext context, TooLargeUpload upload, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        if (PhotosController.WantsJson(http.Request))
        {
            return Task.FromResult<IActionResult>(new JsonResult(new PhotoUploadResponse(upload.Message, []))
            {
                StatusCode = StatusCodes.Status413PayloadTooLarge,
            });
        }

        if (!int.TryParse(context.RouteData.Values["listingId"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var listingId))
        {
            return Task.FromResult<IActionResult>(new NotFoundResult());
        }

        TooLargeUpload.Carry(http, [new(ErrorKey, upload.Message)]);
        return Task.FromResult<IActionResult>(new RedirectResult(PhotoRoutes.Index(listingId) + "#hochladen"));
    }
}
