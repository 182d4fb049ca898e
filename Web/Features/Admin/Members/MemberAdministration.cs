using HalloBot.Domain.Accounts;
using HalloBot.Domain.Businesses;
using HalloBot.Domain.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Admin.Members;

/// <summary>Staff look members up, give and take listings, staff rights, and lift a lockout.</summary>
public sealed class MemberAdministration(HalloBotDbContext db, UserManager<Member> users, RoleManager<IdentityRole> roles, TimeProvider timeProvider)
{
    /// <summary>Members shown per search; staff narrow the search rather than page through thousands.</summary>
    public const int MaxResults = 100;

    public async Task<MemberListModel> SearchAsync(string? query, CancellationToken cancellationToken)
    {
        var text = query?.Trim() ?? "";
        var members = db.Users.AsNoTracking();
        if (text.Length > 0)
        {
            // Normalized e-mail is upper-case; display names are matched as SQLite's LIKE does, ignoring ASCII case.
            var upper = text.ToUpperInvariant();
            members = members.Where(m => m.NormalizedEmail!.Contains(upper) || EF.Functions.Like(m.DisplayName, "%" + Escape(text) + "%", "\\"));
        }

        var rows = await RowsAsync(members.OrderBy(m => m.NormalizedEmail), MaxResults + 1, cancellationToken);
        return new MemberListModel(query, rows.Take(MaxResults).ToList(), rows.Count > MaxResults);
    }

    public async Task<MemberPageModel?> FindAsync(string id, string currentUserId, CancellationToken cancellationToken)
    {
        var member = (await RowsAsync(db.Users.AsNoTracking().Where(m => m.Id == id), 1, cancellationToken)).SingleOrDefault();
        if (member is null)
        {
            return null;
        }

        var memberships = await db.ListingMemberships.AsNoTracking()
            .Where(m => m.MemberId == id)
            .OrderBy(m => m.Listing.Name)
            .Select(m => new MembershipRow(m.ListingId, m.Listing.Name, m.Listing.Slug))
            .ToListAsync(cancellationToken);
        return new MemberPageModel(member, memberships, id == currentUserId);
    }

    /// <summary>Makes the member a member of the listing named by its number or its slug (with or without <c>/b/</c>).</summary>
    public async Task<(MemberProblem Problem, string? ListingName)> AddMembershipAsync(string memberId, string? listingReference, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(m => m.Id == memberId, cancellationToken))
        {
            return (MemberProblem.NotFound, null);
        }

        var reference = ListingReference(listingReference);
        if (reference.Length == 0)
        {
            return (MemberProblem.ListingRequired, null);
        }

        var number = int.TryParse(reference, out var n) ? n : (int?)null;
        var listing = await db.Listings.AsNoTracking()
            .Where(l => l.Id == number || l.Slug == reference)
            .Select(l => new { l.Id, l.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (listing is null)
        {
            return (MemberProblem.NoSuchListing, null);
        }

        if (await db.ListingMemberships.AnyAsync(m => m.MemberId == memberId && m.ListingId == listing.Id, cancellationToken))
        {
            return (MemberProblem.AlreadyMember, listing.Name);
        }

        db.ListingMemberships.Add(new ListingMembership(listing.Id, memberId, timeProvider.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return (MemberProblem.None, listing.Name);
    }

    public async Task<(MemberProblem Problem, string? ListingName)> RemoveMembershipAsync(string memberId, int listingId, CancellationToken cancellationToken)
    {
        var membership = await db.ListingMemberships.Include(m => m.Listing)
            .SingleOrDefaultAsync(m => m.MemberId == memberId && m.ListingId == listingId, cancellationToken);
        if (membership is null)
        {
            return (MemberProblem.NotFound, null);
        }

        db.ListingMemberships.Remove(membership);
        await db.SaveChangesAsync(cancellationToken);
        return (MemberProblem.None, membership.Listing.Name);
    }

    /// <summary>Gives or takes staff rights; never one's own, so that the office cannot lock itself out by a slip.</summary>
    public async Task<MemberProblem> SetStaffAsync(string memberId, bool staff, string currentUserId)
    {
        if (memberId == currentUserId)
        {
            return MemberProblem.NotYourself;
        }

        var member = await users.FindByIdAsync(memberId);
        if (member is null)
        {
            return MemberProblem.NotFound;
        }

        if (staff && !await roles.RoleExistsAsync(Roles.Admin))
        {
            Check(await roles.CreateAsync(new IdentityRole(Roles.Admin)));
        }

        var isStaff = await users.IsInRoleAsync(member, Roles.Admin);
        if (staff && !isStaff)
        {
            Check(await users.AddToRoleAsync(member, Roles.Admin));
        }
        else if (!staff && isStaff)
        {
            Check(await users.RemoveFromRoleAsync(member, Roles.Admin));

            // Their cookie still says "Admin"; a new stamp makes the next validation sign them out.
            Check(await users.UpdateSecurityStampAsync(member));
        }

        return MemberProblem.None;
    }

    /// <summary>Lifts a lockout and forgets the failed attempts.</summary>
    public async Task<MemberProblem> UnlockAsync(string memberId)
    {
        var member = await users.FindByIdAsync(memberId);
        if (member is null)
        {
            return MemberProblem.NotFound;
        }

        Check(await users.SetLockoutEndDateAsync(member, null));
        Check(await users.ResetAccessFailedCountAsync(member));
        return MemberProblem.None;
    }

    /// <summary>
    /// The rows of <paramref name="members"/>. Whether a member is locked out is decided here rather than in SQL:
    /// SQLite stores the lockout end as text and cannot compare it.
    /// </summary>
    private async Task<List<MemberRow>> RowsAsync(IQueryable<Member> members, int take, CancellationToken cancellationToken)
    {
        var adminRole = roles.NormalizeKey(Roles.Admin);
        var adminRoleIds = db.Roles.Where(r => r.NormalizedName == adminRole).Select(r => r.Id);
        var rows = await members
            .Take(take)
            .Select(m => new
            {
                m.Id,
                m.Email,
                m.DisplayName,
                m.EmailConfirmed,
                m.LockoutEnd,
                Staff = db.UserRoles.Any(ur => ur.UserId == m.Id && adminRoleIds.Contains(ur.RoleId)),
            })
            .ToListAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        return rows.Select(m => new MemberRow(m.Id, m.Email ?? "", m.DisplayName, m.EmailConfirmed, m.LockoutEnd > now, m.Staff)).ToList();
    }

    private static string ListingReference(string? text)
    {
        var reference = text?.Trim() ?? "";
        var path = reference.IndexOf("/b/", StringComparison.Ordinal);
        return (path >= 0 ? reference[(path + 3)..] : reference).Trim('/');
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
