using HalloBot.Domain.Persistence;
using HalloBot.Web.Features.HoursEditor;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Business;

public sealed class NewListingController(HalloBotDbContext db, NewListingService listings) : BusinessControllerBase(db)
{
    public const string Path = "/betrieb/neu";

    [HttpGet(Path)]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View(ViewPath("New"), await listings.PageAsync(cancellationToken));

    [HttpPost(Path)]
    public async Task<IActionResult> Create(
        [FromForm] ListingFormInput input, [FromForm(Name = ListingHours.Prefix)] HoursEditorInput? hours, [FromForm] string? justification, CancellationToken cancellationToken)
    {
        if (await MemberAsync(cancellationToken) is not { } member)
        {
            return Challenge();
        }

        var (listingId, page) = await listings.CreateAsync(input, hours, justification, member, SiteRoot, cancellationToken);
        return listingId is { } id ? Redirect($"{ListingEditController.PathFor(id)}?neu=true") : View(ViewPath("New"), page);
    }
}
