using HalloBot.Domain.Persistence;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Business;

public sealed class NewListingController(HalloBotDbContext db, NewListingService listings) : BusinessControllerBase(db)
{
    public const string Path = "/betrieb/neu";

    [HttpGet(Path)]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View(ViewPath("New"), await listings.PageAsync(cancellationToken));

    [HttpPost(Path)]
    public async Task<IActionResult> Create([FromForm] ListingFormInput input, [FromForm] string? justification, CancellationToken cancellationToken)
    {
        if (await MemberAsync(cancellationToken) is not { } member)
        {
            return Challenge();
        }

        var (listingId, page) = await listings.CreateAsync(input, justification, member, SiteRoot, cancellationToken);
        return listingId is { } id ? Redirect($"{ListingEditController.PathFor(id)}?neu=true") : View(ViewPath("New"), page);
    }
}
