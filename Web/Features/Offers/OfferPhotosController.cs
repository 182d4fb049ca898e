using HalloBot.Domain.Persistence;
using HalloBot.Web.Features.Business;
using HalloBot.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Offers;

/// <summary>An offer's photos: one upload at a time with its description, and removal.</summary>
public sealed class OfferPhotosController(HalloBotDbContext db, ListingAccess access, OfferPhotoService photos) : BusinessControllerBase(db)
{
    /// <summary>One image of at most 15 MB plus the form around it.</summary>
    private const long MaxRequestBytes = 16L * 1024 * 1024;

    [HttpPost(OfferRoutes.Business + "/{offerId:int}/fotos")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> Upload(
        int listingId, int offerId, [FromForm(Name = "foto")] IFormFile? file, [FromForm(Name = "beschreibung")] string? altText, CancellationToken cancellationToken)
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

        TempData["OfferPhotoError"] = outcome.Error;
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
