using HalloBot.Domain.Persistence;
using HalloBot.Web.Features.Business;
using HalloBot.Web.Infrastructure.Authorization;
using HalloBot.Web.Infrastructure.RateLimiting;
using HalloBot.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace HalloBot.Web.Features.Offers;

/// <summary>An offer's photos: one upload at a time with its description, and removal.</summary>
public sealed class OfferPhotosController(HalloBotDbContext db, ListingAccess access, OfferPhotoService photos) : BusinessControllerBase(db)
{
    /// <summary>TempData keys of a refused upload's message and of the description typed with it.</summary>
    public const string ErrorKey = "OfferPhotoError";
    public const string AltTextKey = "OfferPhotoAltText";

    public const string FileField = "foto";
    public const string AltTextField = "beschreibung";

    [HttpPost(OfferRoutes.Business + "/{offerId:int}/fotos")]
    [UploadLimits(typeof(OfferPhotoTooLarge))]
    [EnableRateLimiting(RateLimitPolicies.Uploads)]
    public async Task<IActionResult> Upload(
        int listingId, int offerId, [FromForm(Name = FileField)] IFormFile? file, [FromForm(Name = AltTextField)] string? altText, CancellationToken cancellationToken)
    {
        if (!await access.CanManageAsync(User, listingId))
        {
            return NotFound();
        }

        if (await MemberAsync(cancellationToken) is not { } member)
        {
            return Challenge();
        }

        if (await photos.AddAsync(listingId, offerId, file, altText, member.Id, cancellationToken) is not { } outcome)
        {
            return NotFound();
        }

        TempData[ErrorKey] = outcome.Error;
        TempData[AltTextKey] = outcome.Error is null ? null : altText;
        return Redirect(OfferRoutes.Edit(listingId, offerId) + (outcome.Error is null ? "?erledigt=foto#fotos" : "#fotos"));
    }

    [HttpPost(OfferRoutes.Business + "/{offerId:int}/fotos/{photoId:int}/loeschen")]
    public async Task<IActionResult> Delete(int listingId, int offerId, int photoId, CancellationToken cancellationToken)
    {
        if (!await access.CanManageAsync(User, listingId) || !await photos.DeleteAsync(listingId, offerId, photoId, cancellationToken))
        {
            return NotFound();
        }

        return Redirect(OfferRoutes.Edit(listingId, offerId) + "?erledigt=foto-geloescht#fotos");
    }
}
