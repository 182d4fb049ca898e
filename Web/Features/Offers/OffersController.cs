using HalloBot.Domain.Persistence;
using HalloBot.Web.Features.Business;
using HalloBot.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Offers;

/// <summary>A listing's offers for its members and staff; anyone else gets 404, as for every business page.</summary>
public sealed class OffersController(HalloBotDbContext db, ListingAccess access, OfferService offers) : BusinessControllerBase(db)
{
    private const string Views = "~/Features/Offers/";

    [HttpGet(OfferRoutes.Business)]
    public async Task<IActionResult> Index(
        int listingId, [FromQuery(Name = "erledigt")] string? done, [FromQuery(Name = "seite")] int? pageNumber, CancellationToken cancellationToken)
    {
        if (!await access.CanManageAsync(User, listingId) || await offers.ListAsync(listingId, pageNumber, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        ViewData["Done"] = done;
        return View(Views + "Index.cshtml", page);
    }

    [HttpGet(OfferRoutes.Business + "/neu")]
    public async Task<IActionResult> New(int listingId, CancellationToken cancellationToken)
    {
        if (!await access.CanManageAsync(User, listingId) || await offers.NewPageAsync(listingId, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        return View(Views + "Edit.cshtml", page);
    }

    [HttpPost(OfferRoutes.Business + "/neu")]
    public async Task<IActionResult> Create(int listingId, [FromForm] OfferFormInput input, CancellationToken cancellationToken)
    {
        if (!await access.CanManageAsync(User, listingId) || await offers.CreateAsync(listingId, input, cancellationToken) is not { } outcome)
        {
            return NotFound();
        }

        return outcome.Page is { } page
            ? View(Views + "Edit.cshtml", page)
            : Redirect(OfferRoutes.Edit(listingId, outcome.OfferId!.Value) + "?erledigt=angelegt");
    }

    [HttpGet(OfferRoutes.Business + "/{offerId:int}")]
    public async Task<IActionResult> Edit(int listingId, int offerId, [FromQuery(Name = "erledigt")] string? done, CancellationToken cancellationToken)
    {
        if (!await access.CanManageAsync(User, listingId) || await offers.EditPageAsync(listingId, offerId, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        ViewData["Done"] = done;
        return View(Views + "Edit.cshtml", page);
    }

    [HttpPost(OfferRoutes.Business + "/{offerId:int}")]
    public async Task<IActionResult> Save(int listingId, int offerId, [FromForm] OfferFormInput input, CancellationToken cancellationToken)
    {
        if (!await access.CanManageAsync(User, listingId) || await offers.UpdateAsync(listingId, offerId, input, cancellationToken) is not { } outcome)
        {
            return NotFound();
        }

        return outcome.Page is { } page
            ? View(Views + "Edit.cshtml", page)
            : Redirect(OfferRoutes.Edit(listingId, offerId) + "?erledigt=gespeichert");
    }

    [HttpPost(OfferRoutes.Business + "/{offerId:int}/loeschen")]
    public async Task<IActionResult> Delete(int listingId, int offerId, CancellationToken cancellationToken)
    {
        if (!await access.CanManageAsync(User, listingId))
        {
            return NotFound();
        }

        return await offers.DeleteAsync(listingId, offerId, cancellationToken) switch
        {
            OfferDeletion.Deleted => Redirect(OfferRoutes.List(listingId) + "?erledigt=geloescht"),
            OfferDeletion.Conflict => Redirect(OfferRoutes.List(listingId) + "?erledigt=nicht-geloescht"),
            _ => NotFound(),
        };
    }
}
