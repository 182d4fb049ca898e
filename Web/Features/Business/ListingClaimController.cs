using HalloBot.Domain.Persistence;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Business;

/// <summary>"Das ist mein Betrieb" on a published listing's page leads here.</summary>
public sealed class ListingClaimController(HalloBotDbContext db, ClaimService claims) : BusinessControllerBase(db)
{
    public static string PathFor(string slug) => $"/betrieb/beanspruchen/{slug}";

    [HttpGet("/betrieb/beanspruchen/{slug}")]
    public async Task<IActionResult> Claim(string slug, CancellationToken cancellationToken)
    {
        if (await MemberAsync(cancellationToken) is not { } member)
        {
            return Challenge();
        }

        var page = await claims.PageAsync(slug, member.Id, cancellationToken);
        return page is null ? NotFound() : View(ViewPath("Claim"), page);
    }

    [HttpPost("/betrieb/beanspruchen/{slug}")]
    public async Task<IActionResult> Submit(string slug, [FromForm] string? justification, CancellationToken cancellationToken)
    {
        if (await MemberAsync(cancellationToken) is not { } member)
        {
            return Challenge();
        }

        var page = await claims.ClaimAsync(slug, justification, member, SiteRoot, cancellationToken);
        return page is null ? NotFound() : View(ViewPath("Claim"), page);
    }
}
