using System.Net;
using HalloBot.Domain.Accounts;
using HalloBot.Domain.Businesses;
using HalloBot.Domain.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HalloBot.IntegrationTests.Infrastructure;

/// <summary>
/// Members for tests, and clients signed in as them. The sign-in cookie is the site's own: issued with the app's
/// data-protection keys and checked by its real authentication, only without going through the sign-in form
/// (whose own tests go through it).
/// </summary>
public static class TestAccounts
{
    public const string Password = "Zechenhaus-Bottrop-2026";

    /// <summary>A confirmed member, staff when asked, and member of the given listings.</summary>
    public static async Task<Member> CreateMemberAsync(this HalloBotAppFactory app, string email, bool staff = false, params int[] listingIds)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var member = new Member
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = email[..email.IndexOf('@', StringComparison.Ordinal)],
            CreatedAt = HalloBotAppFactory.DefaultNow.UtcDateTime,
        };
        Check(await users.CreateAsync(member, Password));
        if (staff)
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(Roles.Admin))
            {
                Check(await roles.CreateAsync(new IdentityRole(Roles.Admin)));
            }

            Check(await users.AddToRoleAsync(member, Roles.Admin));
        }

        var db = scope.ServiceProvider.GetRequiredService<HalloBotDbContext>();
        foreach (var listingId in listingIds)
        {
            db.ListingMemberships.Add(new ListingMembership(listingId, member.Id, HalloBotAppFactory.DefaultNow.UtcDateTime));
        }

        await db.SaveChangesAsync();
        return member;
    }

    /// <summary>A client that keeps cookies (antiforgery included) and is signed in as <paramref name="member"/>.</summary>
    public static async Task<HttpClient> CreateClientSignedInAsAsync(this HalloBotAppFactory app, Member member, bool followRedirects = false)
    {
        var cookies = new CookieContainer();
        var client = CreateClient(app, cookies, followRedirects);
        await using var scope = app.Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<Member>>();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<Member>>().FindByIdAsync(member.Id)
            ?? throw new InvalidOperationException($"No member {member.Id}.");
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var options = scope.ServiceProvider.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme);
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties(), IdentityConstants.ApplicationScheme);
        cookies.Add(client.BaseAddress!, new Cookie(options.Cookie.Name!, options.TicketDataFormat.Protect(ticket)));
        return client;
    }

    /// <summary>An anonymous client that keeps cookies.</summary>
    public static HttpClient CreateCookieClient(this HalloBotAppFactory app, bool followRedirects = false) =>
        CreateClient(app, new CookieContainer(), followRedirects);

    private static HttpClient CreateClient(HalloBotAppFactory app, CookieContainer cookies, bool followRedirects)
    {
        var handlers = new List<DelegatingHandler>();
        if (followRedirects)
        {
            handlers.Add(new RedirectHandler());
        }

        handlers.Add(new CookieContainerHandler(cookies));
        return app.CreateDefaultClient(new Uri("http://localhost"), [.. handlers]);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
