using HalloBot.Domain.Accounts;
using HalloBot.Domain.Businesses;
using HalloBot.Domain.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace HalloBot.EndToEndTests.Infrastructure;

/// <summary>Members made straight in the site's database, and browsers signed in with a cookie the site itself issues.</summary>
public static class SiteMembers
{
    public const string Password = "Zechenhaus-Bottrop-2026";

    public static async Task<Member> CreateMemberAsync(this SiteFixture site, string email, bool staff, params int[] listingIds)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var member = new Member { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Testperson", CreatedAt = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(member, Password)).Succeeded);
        if (staff)
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(Roles.Admin))
            {
                await roles.CreateAsync(new IdentityRole(Roles.Admin));
            }

            Assert.True((await users.AddToRoleAsync(member, Roles.Admin)).Succeeded);
        }

        var db = scope.ServiceProvider.GetRequiredService<HalloBotDbContext>();
        db.ListingMemberships.AddRange(listingIds.Select(id => new ListingMembership(id, member.Id, DateTime.UtcNow)));
        await db.SaveChangesAsync();
        return member;
    }

    /// <summary>A browser signed in as <paramref name="member"/> (the sign-in form has tests of its own).</summary>
    public static async Task<VisitedPage> OpenSignedInAsync(this SiteFixture site, Member member)
    {
        var visit = await site.OpenPageAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<Member>>();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<Member>>().FindByIdAsync(member.Id);
        var principal = await signIn.CreateUserPrincipalAsync(user!);
        var options = scope.ServiceProvider.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties(), IdentityConstants.ApplicationScheme);
        await visit.Page.Context.AddCookiesAsync(
        [
            new Cookie { Name = options.Cookie.Name!, Value = options.TicketDataFormat.Protect(ticket), Url = site.BaseAddress.ToString() },
        ]);
        return visit;
    }
}
