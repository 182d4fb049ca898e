using System.Security.Claims;
using HalloBot.Domain.Accounts;
using HalloBot.Domain.Audit;
using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Business;

/// <summary>The signed-in member as the business pages need them: who they are, and how the audit trail names them.</summary>
public sealed record CurrentMember(string Id, string DisplayName, string Email, bool IsStaff)
{
    public ChangeActor Actor => new(Id, DisplayName, IsStaff);

    /// <summary>Null when the cookie names an account that no longer exists.</summary>
    public static async Task<CurrentMember?> FindAsync(HalloBotDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null)
        {
            return null;
        }

        var member = await db.Users.AsNoTracking()
            .Where(m => m.Id == id)
            .Select(m => new { m.Id, m.DisplayName, m.Email })
            .FirstOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return null;
        }

        var name = string.IsNullOrWhiteSpace(member.DisplayName) ? member.Email ?? member.Id : member.DisplayName;
        return new CurrentMember(member.Id, name, member.Email ?? "", user.IsInRole(Roles.Admin));
    }
}
