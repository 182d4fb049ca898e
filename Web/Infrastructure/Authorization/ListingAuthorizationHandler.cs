using System.Security.Claims;
using HalloBot.Domain.Accounts;
using HalloBot.Domain.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Infrastructure.Authorization;

/// <summary>A listing (its id is the resource) may be managed by its members and by staff, by nobody else.</summary>
public sealed class ListingAuthorizationHandler(HalloBotDbContext db)
    : AuthorizationHandler<OperationAuthorizationRequirement, ListingResource>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, ListingResource resource)
    {
        if (requirement.Name != ListingOperations.Manage.Name)
        {
            return;
        }

        if (context.User.IsInRole(Roles.Admin))
        {
            context.Succeed(requirement);
            return;
        }

        var memberId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (memberId is not null
            && await db.ListingMemberships.AnyAsync(m => m.ListingId == resource.ListingId && m.MemberId == memberId))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>The listing an authorization check is about.</summary>
public sealed record ListingResource(int ListingId);
