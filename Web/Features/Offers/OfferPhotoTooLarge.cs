using System.Globalization;
using HalloBot.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace HalloBot.Web.Features.Offers;

/// <summary>An offer photo over the limit: back to the offer's page with the message on the file field and the description kept.</summary>
public sealed class OfferPhotoTooLarge : ITooLargeUploadAnswer
{
    public Task<IActionResult> AnswerAsync(AuthorizationFilterContext context, TooLargeUpload upload, CancellationToken cancellationToken)
    {
        var values = context.RouteData.Values;
        if (!int.TryParse(values["listingId"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var listingId)
            || !int.TryParse(values["offerId"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var offerId))
        {
            return Task.FromResult<IActionResult>(new NotFoundResult());
        }

        TooLargeUpload.Carry(context.HttpContext, [
            new(OfferPhotosController.ErrorKey, upload.Message),
            new(OfferPhotosController.AltTextKey, upload.Field(OfferPhotosController.AltTextField)),
        ]);
        return Task.FromResult<IActionResult>(new RedirectResult(OfferRoutes.Edit(listingId, offerId) + "#fotos"));
    }
}
