using HalloBot.Domain.Accounts;
using HalloBot.Domain.Businesses;
using HalloBot.Domain.Persistence;
using HalloBot.EndToEndTests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace HalloBot.EndToEndTests.Business;

/// <summary>
/// The business pages in a real browser, signed in with the site's own cookie: each one axe-clean and without
/// requests to other origins, the listing form usable by keyboard and explaining its errors.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class BusinessPagesTests(SiteFixture site)
{
    [Fact]
    public async Task MemberPages_SignedIn_AccessibleWithoutForeignRequests()
    {
        var listingId = await ListingIdAsync(E2ESeed.BakerySlug);
        var member = await CreateMemberAsync($"baecker-{Guid.NewGuid():N}@example.org", staff: false, listingId);
        await using var visit = await OpenSignedInAsync(member);

        foreach (var path in new[] { "/betrieb", "/betrieb/neu", $"/betrieb/{listingId}/bearbeiten", $"/betrieb/{listingId}/verlauf", $"/betrieb/{listingId}/mitglieder" })
        {
            var response = await visit.GotoAsync(path);
            Assert.Equal(200, response.Status);
            Assert.Empty(await visit.AccessibilityViolationsAsync());
        }

        Assert.Empty(visit.ForeignRequests());
    }

    [Fact]
    public async Task EditForm_BadPostalCodeByKeyboard_ErrorSummaryAndFieldAccessible()
    {
        var listingId = await ListingIdAsync(E2ESeed.BakerySlug);
        var member = await CreateMemberAsync($"baecker-{Guid.NewGuid():N}@example.org", staff: false, listingId);
        await using var visit = await OpenSignedInAsync(member);
        var page = visit.Page;
        await visit.GotoAsync($"/betrieb/{listingId}/bearbeiten");

        var postalCode = page.GetByLabel("Postleitzahl");
        await postalCode.FocusAsync();
        await postalCode.FillAsync("4624");
        await postalCode.PressAsync("Enter");
        await visit.WaitForTextAsync("ist keine fünfstellige Postleitzahl", ".error-summary");

        Assert.Contains("„4624“ ist keine fünfstellige Postleitzahl", await page.Locator(".error-summary").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("true", await page.Locator("#PostalCode").GetAttributeAsync("aria-invalid"));
        Assert.Contains("PostalCode-error", await page.Locator("#PostalCode").GetAttributeAsync("aria-describedby") ?? "", StringComparison.Ordinal);
        Assert.Empty(await visit.AccessibilityViolationsAsync());
        await page.Locator(".error-summary a").First.ClickAsync();
        Assert.Equal("PostalCode", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task ClaimAndReviewQueue_InBrowser_AccessibleAndRequestReachesStaff()
    {
        var claimant = await CreateMemberAsync($"rad-{Guid.NewGuid():N}@example.org", staff: false);
        await using (var visit = await OpenSignedInAsync(claimant))
        {
            await visit.GotoAsync("/b/radhaus-overbeck");
            await visit.Page.GetByRole(AriaRole.Link, new() { Name = "Das ist mein Betrieb" }).ClickAsync();
            await visit.Page.WaitForURLAsync("**/betrieb/beanspruchen/radhaus-overbeck");
            Assert.Empty(await visit.AccessibilityViolationsAsync());
            await visit.Page.GetByLabel("Begründung").FillAsync("Ich führe den Laden seit 2019.");
            await visit.Page.GetByRole(AriaRole.Button, new() { Name = "Anfrage senden" }).ClickAsync();
            await visit.WaitForTextAsync("eingegangen");
            Assert.Contains("eingegangen", await visit.Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Empty(await visit.AccessibilityViolationsAsync());
        }

        var staff = await CreateMemberAsync($"amt-{Guid.NewGuid():N}@example.org", staff: true);
        await using var staffVisit = await OpenSignedInAsync(staff);
        var queue = await staffVisit.GotoAsync("/verwaltung/pruefung");
        Assert.Equal(200, queue.Status);
        Assert.Contains("Ich führe den Laden seit 2019.", await staffVisit.Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(await staffVisit.AccessibilityViolationsAsync());
        Assert.Empty(staffVisit.ForeignRequests());
    }

    private async Task<int> ListingIdAsync(string slug)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HalloBotDbContext>().Listings.Where(l => l.Slug == slug).Select(l => l.Id).SingleAsync();
    }

    private async Task<Member> CreateMemberAsync(string email, bool staff, params int[] listingIds)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var member = new Member { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Testperson", CreatedAt = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(member, "Zechenhaus-Bottrop-2026")).Succeeded);
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

    /// <summary>A browser signed in with a cookie the site itself issues (the sign-in form has tests of its own).</summary>
    private async Task<VisitedPage> OpenSignedInAsync(Member member)
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
