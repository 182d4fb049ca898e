using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace HalloBot.Web.Infrastructure.Authorization;

/// <summary>
/// The one question every private listing action asks first. Controllers answer a "no" with 404 rather than 403
/// where telling "exists but not yours" would leak which drafts exist.
/// </summary>
public sealed class ListingAccess(IAuthorizationService authorization)
{
    public async Task<bool> CanManageAsync(ClaimsPrincipal user, int listingId) =>
        (await authorization.AuthorizeAsync(user, new ListingResource(listingId), ListingOperations.Manage)).Succeeded;
}
