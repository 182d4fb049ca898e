using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace HalloBot.Web.Infrastructure.Authorization;

/// <summary>What one can do with a listing's private side. Staff may do all of it on the business's behalf.</summary>
public static class ListingOperations
{
    /// <summary>Edit fields, hours, photos; see the audit trail and the members; invite colleagues.</summary>
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = nameof(Manage) };
}
