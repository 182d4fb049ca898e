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
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace HalloBot.EndToEndTests.Photos;

/// <summary>
/// A member uploads a photo by keyboard in a real browser, sees it go from "wird verarbeitet" to "bereit" without the
/// page reloading, and the public page shows the processed photo; every page axe-clean, nothing from other origins.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PhotoUploadJourneyTests(SiteFixture site)
{
    private const string ListingSlug = "radhaus-overbeck";

    [Fact]
    public async Task Upload_ByKeyboardWithDescription_ProcessedWithoutReloadAndShownOnPublicPage()
    {
        var listingId = await ListingIdAsync();
        var member = await CreateMemberAsync($"rad-{Guid.NewGuid():N}@example.org", listingId);
        await using var visit = await OpenSignedInAsync(member);
        var page = visit.Page;
        Assert.Equal(200, (await visit.GotoAsync($"/betrieb/{listingId}/fotos")).Status);
        Assert.Empty(await visit.AccessibilityViolationsAsync());
        await page.EvaluateAsync("() => { window.notReloaded = true; }");

        // A large photo, so that the job is still at work when the row first appears.
        var fileInput = page.GetByLabel("Fotos auswählen");
        await fileInput.FocusAsync();
        await fileInput.SetInputFilesAsync(new FilePayload { Name = "werkstatt.jpg", MimeType = "image/jpeg", Buffer = Jpeg(3000, 2000) });
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Beschreibung: Was zeigt „werkstatt.jpg“?", await page.EvaluateAsync<string>("() => document.activeElement.labels[0].textContent"));
        await page.Keyboard.TypeAsync("Werkstatt mit Rädern an der Wand");
        Assert.Empty(await visit.AccessibilityViolationsAsync());
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Hochladen", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        await page.Keyboard.PressAsync("Enter");

        var row = page.Locator(".photo-row", new() { HasText = "werkstatt.jpg" });
        await Assertions.Expect(row.Locator(".photo-status")).ToHaveTextAsync("wird verarbeitet", new() { Timeout = 60_000 });
        Assert.Equal("Werkstatt mit Rädern an der Wand", await row.Locator("input[type=text]").InputValueAsync());
        await Assertions.Expect(row.Locator(".photo-status")).ToHaveTextAsync("bereit", new() { Timeout = 180_000 });
        await Assertions.Expect(page.Locator("[data-photo-announce]")).ToHaveTextAsync("Foto bereit: werkstatt.jpg");
        await Assertions.Expect(row.Locator("img")).ToHaveCountAsync(1);
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"));
        Assert.Empty(await visit.AccessibilityViolationsAsync());

        await visit.GotoAsync($"/b/{ListingSlug}");
        var image = page.GetByRole(AriaRole.Img, new() { Name = "Werkstatt mit Rädern an der Wand" });
        await Assertions.Expect(image).ToBeVisibleAsync();
        Assert.True(await image.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        Assert.Matches("^http://127\\.0\\.0\\.1:\\d+/media/photos/[0-9a-f]{32}/(list|page|full)\\.webp$", await image.EvaluateAsync<string>("img => img.currentSrc"));
        Assert.Empty(await visit.AccessibilityViolationsAsync());
        Assert.Empty(visit.ForeignRequests());
    }

    private static byte[] Jpeg(int width, int height)
    {
        var random = new Random(7);
        using var image = new Image<Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var pixels = rows.GetRowSpan(y);
                for (var x = 0; x < pixels.Length; x++)
                {
                    var noise = random.Next(32);
                    pixels[x] = new Rgb24((byte)((x * 180 / width) + noise), (byte)((y * 180 / height) + noise), (byte)(90 + noise));
                }
            }
        });
        using var output = new MemoryStream();
        image.Save(output, new JpegEncoder { Quality = 90 });
        return output.ToArray();
    }

    private async Task<int> ListingIdAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HalloBotDbContext>().Listings.Where(l => l.Slug == ListingSlug).Select(l => l.Id).SingleAsync();
    }

    private async Task<Member> CreateMemberAsync(string email, int listingId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var member = new Member { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Radhaus", CreatedAt = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(member, "Zechenhaus-Bottrop-2026")).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<HalloBotDbContext>();
        db.ListingMemberships.Add(new ListingMembership(listingId, member.Id, DateTime.UtcNow));
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
