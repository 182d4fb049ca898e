using HalloBot.Domain.Accounts;
using HalloBot.Domain.Businesses;
using HalloBot.Domain.Feedback;
using HalloBot.Domain.Persistence;
using HalloBot.EndToEndTests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace HalloBot.EndToEndTests.Feedback;

/// <summary>
/// Every feedback page in a real browser: axe-clean, no requests to other origins, the forms usable by keyboard alone,
/// and the public roadmap working with JavaScript switched off.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class FeedbackPagesTests(SiteFixture site)
{
    [Fact]
    public async Task SendAndTriage_KeyboardOnly_EveryPageAccessible()
    {
        var title = "Sonntags-Filter " + Guid.NewGuid().ToString("N")[..6];
        var listingId = await ListingIdAsync(E2ESeed.BakerySlug);
        var member = await CreateMemberAsync($"baecker-{Guid.NewGuid():N}@example.org", staff: false, listingId);
        int id;
        await using (var visit = await OpenSignedInAsync(member))
        {
            var page = visit.Page;
            await visit.GotoAsync("/mitgestalten/neu");
            Assert.Empty(await visit.AccessibilityViolationsAsync());

            // Sent empty: the errors are listed, linked to their fields, and the page stays accessible.
            await page.Locator("button[type=submit]", new() { HasTextString = "Feedback senden" }).FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await visit.WaitForTextAsync("Bitte wählen Sie, ob es eine Idee", ".error-summary");
            Assert.Contains("Bitte wählen Sie, ob es eine Idee", await page.Locator(".error-summary").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal("true", await page.Locator("#Title").GetAttributeAsync("aria-invalid"));
            Assert.Empty(await visit.AccessibilityViolationsAsync());

            await page.Locator("#Kind").FocusAsync();
            await page.Keyboard.PressAsync("ArrowDown");
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("ArrowDown");
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("Title", await page.EvaluateAsync<string>("document.activeElement.id"));
            await page.Keyboard.TypeAsync(title);
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.TypeAsync("Bitte einen Filter für Betriebe, die sonntags geöffnet haben.");
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("ListingId", await page.EvaluateAsync<string>("document.activeElement.id"));
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Space");
            await page.Locator("#Title").FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync("**/mitgestalten/*?erledigt=gesendet");
            Assert.Contains("Danke! Ihr Feedback ist eingegangen", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Empty(await visit.AccessibilityViolationsAsync());
            id = int.Parse(new Uri(page.Url).Segments[^1], System.Globalization.CultureInfo.InvariantCulture);

            await visit.GotoAsync("/betrieb");
            Assert.Contains(title, await page.Locator("#mein-feedback + table").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Empty(await visit.AccessibilityViolationsAsync());
            Assert.Empty(visit.ForeignRequests());
        }

        var staff = await CreateMemberAsync($"amt-{Guid.NewGuid():N}@example.org", staff: true);
        await using (var visit = await OpenSignedInAsync(staff))
        {
            var page = visit.Page;
            await visit.GotoAsync("/verwaltung/mitgestalten");
            Assert.Empty(await visit.AccessibilityViolationsAsync());
            await visit.GotoAsync($"/verwaltung/mitgestalten/{id}");
            Assert.Empty(await visit.AccessibilityViolationsAsync());

            await page.Locator("#Status").FocusAsync();
            await page.Keyboard.PressAsync("ArrowDown");
            await page.Keyboard.PressAsync("ArrowDown");
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.TypeAsync("Kommt mit dem nächsten Update.");
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync("**erledigt=status");
            Assert.Contains("Kommt mit dem nächsten Update.", await page.Locator("#verlauf + ol").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Empty(await visit.AccessibilityViolationsAsync());
            Assert.Empty(visit.ForeignRequests());
        }

        await using (var visit = await site.OpenPageAsync())
        {
            await visit.GotoAsync("/mitgestalten");
            Assert.Contains(title, await visit.Page.Locator("#status-planned ~ ul").First.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Empty(await visit.AccessibilityViolationsAsync());
            await visit.GotoAsync($"/mitgestalten/{id}");
            Assert.Contains("Kommt mit dem nächsten Update.", await visit.Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Empty(await visit.AccessibilityViolationsAsync());

            var unsubscribe = await UnsubscribePathAsync(id);
            await visit.GotoAsync(unsubscribe);
            Assert.Empty(await visit.AccessibilityViolationsAsync());
            await visit.Page.GetByRole(AriaRole.Button, new() { Name = "Abbestellen" }).FocusAsync();
            await visit.Page.Keyboard.PressAsync("Enter");
            // Waits for the answer page: right after Enter, network-idle can still be the form page on a busy machine.
            await visit.Page.Locator("main").GetByText("Erledigt").First.WaitForAsync(new() { Timeout = 60_000 });
            Assert.Contains("Erledigt", await visit.Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Empty(await visit.AccessibilityViolationsAsync());
            Assert.Empty(visit.ForeignRequests());
        }
    }

    [Fact]
    public async Task Roadmap_JavaScriptDisabled_ListsAndFiltersByArea()
    {
        var listingId = await ListingIdAsync(E2ESeed.BakerySlug);
        var photos = "Fotos drehen " + Guid.NewGuid().ToString("N")[..6];
        var search = "Suche Tippfehler " + Guid.NewGuid().ToString("N")[..6];
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HalloBotDbContext>();
            db.FeedbackItems.AddRange(
                new FeedbackItem(FeedbackKind.Idea, FeedbackArea.Photos, photos, "Fotos sollten sich drehen lassen.", listingId, "seed", true, DateTime.UtcNow),
                new FeedbackItem(FeedbackKind.Problem, FeedbackArea.Search, search, "Tippfehler werden nicht gefunden.", listingId, "seed", false, DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "de-DE",
            BaseURL = site.BaseAddress.ToString(),
            JavaScriptEnabled = false,
        });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/mitgestalten");
            var main = await page.Locator("main").InnerTextAsync();
            Assert.Contains(photos, main, StringComparison.Ordinal);
            Assert.Contains(search, main, StringComparison.Ordinal);

            await page.Locator("#bereich").FocusAsync();
            await page.Locator("#bereich").SelectOptionAsync("Photos");
            await page.GetByRole(AriaRole.Button, new() { Name = "Anzeigen" }).FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync("**bereich=Photos");
            main = await page.Locator("main").InnerTextAsync();
            Assert.Contains(photos, main, StringComparison.Ordinal);
            Assert.DoesNotContain(search, main, StringComparison.Ordinal);

            await page.GetByRole(AriaRole.Link, new() { Name = photos }).ClickAsync();
            await page.Locator("main").GetByText("Fotos sollten sich drehen lassen.").WaitForAsync(new() { Timeout = 60_000 });
            Assert.Contains("Fotos sollten sich drehen lassen.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private async Task<string> UnsubscribePathAsync(int feedbackId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HalloBotDbContext>();
        var prefix = $"feedback.receipt:{feedbackId}:";
        var url = await db.OutgoingMails.Where(m => m.DeduplicationKey.StartsWith(prefix)).Select(m => m.UnsubscribeUrl).SingleAsync();
        return new Uri(url!).PathAndQuery;
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
