using System.Security.Claims;
using HalloBot.Domain.Accounts;
using HalloBot.Domain.Audit;
using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Photos;

/// <summary>The signed-in member as the audit trail names them; staff act on the business's behalf.</summary>
public static class PhotoActor
{
    /// <summary>Null when the cookie names an account that no longer exists.</summary>
    public static async Task<ChangeActor?> FindAsync(HalloBotDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
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
        return new ChangeActor(member.Id, name, user.IsInRole(Roles.Admin));
    }
}
