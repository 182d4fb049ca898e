using System.Text.RegularExpressions;
using HalloBot.Domain.Accounts;
using HalloBot.EndToEndTests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace HalloBot.EndToEndTests.Admin;

/// <summary>A staff member walks through the admin pages in a real browser: each one accessible and same-origin.</summary>
[Collection(SiteCollection.Name)]
public sealed class AdminPagesTests(SiteFixture site)
{
    [Fact]
    public async Task AdminPages_AsStaff_AccessibleWithoutForeignRequests()
    {
        await using var visit = await site.OpenPageAsync();
        await SignInAsStaffAsync(visit.Page.Context, "amt.e2e@bottrop.de");
        var page = visit.Page;

        Assert.Equal(200, (await visit.GotoAsync("/verwaltung")).Status);
        await AssertAccessibleAsync(visit, "start");

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Kategorien" }).First.ClickAsync();
        await page.WaitForURLAsync("**/verwaltung/kategorien");
        await AssertAccessibleAsync(visit, "categories");

        // A refused name shows its German error next to the field, still accessible.
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Café");
        await page.GetByRole(AriaRole.Button, new() { Name = "Anlegen" }).ClickAsync();
        await visit.WaitForTextAsync("gibt es schon", ".admin-error");
        Assert.Equal("Den Namen „Café“ gibt es schon.", (await page.Locator(".admin-error").InnerTextAsync()).Trim());
        await AssertAccessibleAsync(visit, "categories with an error");

        await page.GetByRole(AriaRole.Link, new() { Name = "Bäckerei", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/verwaltung/kategorien/[0-9]+$"));
        await AssertAccessibleAsync(visit, "category");

        foreach (var path in new[] { "/verwaltung/stadtteile", "/verwaltung/mitglieder", "/verwaltung/austausch", "/verwaltung/status" })
        {
            Assert.Equal(200, (await visit.GotoAsync(path)).Status);
            await AssertAccessibleAsync(visit, path);
        }

        Assert.Equal(200, (await visit.GotoAsync("/verwaltung/mitglieder?q=amt.e2e")).Status);
        await page.GetByRole(AriaRole.Link, new() { Name = "amt.e2e@bottrop.de" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/verwaltung/mitglieder/[^/?]+$"));
        await AssertAccessibleAsync(visit, "member");

        Assert.Empty(visit.ForeignRequests());
    }

    [Fact]
    public async Task JobsDashboard_AsStaff_Opens()
    {
        await using var visit = await site.OpenPageAsync();
        await SignInAsStaffAsync(visit.Page.Context, "amt.jobs@bottrop.de");

        var response = await visit.GotoAsync("/verwaltung/jobs");

        Assert.Equal(200, response.Status);
        Assert.Contains("Hallo-Bot – Jobs", await visit.Page.TitleAsync(), StringComparison.Ordinal);
        Assert.Empty(visit.ForeignRequests());
    }

    private static async Task AssertAccessibleAsync(VisitedPage visit, string what)
    {
        var violations = await visit.AccessibilityViolationsAsync();
        Assert.True(violations.Count == 0, $"axe on {what}:\n{string.Join("\n", violations)}");
    }

    /// <summary>
    /// Puts the site's own sign-in cookie for a new staff member into the browser, issued with the site's keys as the
    /// sign-in page would issue it (the sign-in form has tests of its own).
    /// </summary>
    private async Task SignInAsStaffAsync(IBrowserContext context, string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var member = new Member { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Amt", CreatedAt = DateTime.UtcNow };
        Check(await users.CreateAsync(member, "Zechenhaus-Bottrop-2026"));
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(Roles.Admin))
        {
            Check(await roles.CreateAsync(new IdentityRole(Roles.Admin)));
        }

        Check(await users.AddToRoleAsync(member, Roles.Admin));
        var principal = await scope.ServiceProvider.GetRequiredService<SignInManager<Member>>().CreateUserPrincipalAsync(member);
        var options = scope.ServiceProvider.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties(), IdentityConstants.ApplicationScheme);
        await context.AddCookiesAsync(
        [
            new Cookie { Name = options.Cookie.Name!, Value = options.TicketDataFormat.Protect(ticket), Url = site.BaseAddress.ToString() },
        ]);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
