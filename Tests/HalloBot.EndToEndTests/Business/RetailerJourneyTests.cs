using System.Text.RegularExpressions;
using HalloBot.Domain.Accounts;
using HalloBot.Domain.Categories;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using HalloBot.EndToEndTests.Infrastructure;
using HalloBot.Jobs.Mail;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using MimeKit;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace HalloBot.EndToEndTests.Business;

/// <summary>
/// Issue 4's whole journey in a real browser: a retailer registers, confirms with the link from the mail in the
/// pickup folder, signs in, claims their listing; the office approves it in the review queue; the retailer enters the
/// week in the hours editor by keyboard alone and uploads a photo; the public page shows the new hours and the
/// processed photo. Every page visited is axe-clean and nothing is requested from another origin.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class RetailerJourneyTests(SiteFixture site)
{
    private const string Password = "Malakoffturm Prosper Zwei";

    [Fact]
    public async Task RegisterClaimApproveEditUpload_RealBrowser_PublicPageShowsHoursAndPhoto()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var email = $"schuster-{suffix}@example.org";
        var (listingId, slug, name) = await CreateListingAsync(suffix);

        await using var visit = await site.OpenPageAsync();
        var page = visit.Page;

        // Register and confirm.
        await visit.GotoAsync("/konto/registrieren");
        await AssertAccessibleAsync(visit, "registration");
        await page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await page.Locator("#DisplayName").FillAsync("Jutta Schuster");
        await page.Locator("#Password").FillAsync(Password);
        await page.Locator("#ConfirmPassword").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Konto anlegen" }).ClickAsync();
        await page.WaitForURLAsync("**/konto/registrieren/gesendet");
        await AssertAccessibleAsync(visit, "check your inbox");

        var confirmation = await WaitForMailAsync(email, mail => mail.TextBody?.Contains("/konto/bestaetigen?", StringComparison.Ordinal) == true);
        await visit.GotoAsync(Link(confirmation, "/konto/bestaetigen?").PathAndQuery);
        Assert.Equal("E-Mail-Adresse bestätigt", (await page.Locator("h1").InnerTextAsync()).Trim());
        await AssertAccessibleAsync(visit, "address confirmed");

        // Sign in, by keyboard.
        await visit.GotoAsync("/konto/anmelden");
        await page.Locator("#Email").FocusAsync();
        await page.Keyboard.TypeAsync(email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/konto");
        await AssertAccessibleAsync(visit, "Mein Konto");

        // Claim the listing from its public page.
        await visit.GotoAsync($"/b/{slug}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Das ist mein Betrieb" }).ClickAsync();
        await page.WaitForURLAsync($"**/betrieb/beanspruchen/{slug}");
        await AssertAccessibleAsync(visit, "claim");
        await page.GetByLabel("Begründung").FillAsync("Ich bin die Inhaberin, seit 2015 in der Gladbecker Straße.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Anfrage senden" }).ClickAsync();
        await visit.WaitForTextAsync("eingegangen");
        Assert.Contains("eingegangen", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(visit, "claim sent");
        Assert.Equal(404, (await visit.GotoAsync($"/betrieb/{listingId}/bearbeiten")).Status);

        // The office approves it.
        await ApproveAsStaffAsync(name);
        var decision = await WaitForMailAsync(email, mail => mail.Subject?.StartsWith("Angenommen", StringComparison.Ordinal) == true);
        Assert.Contains(name, decision.Subject ?? "", StringComparison.Ordinal);

        // "Meine Betriebe" in the header leads to the listing's form.
        await visit.GotoAsync("/");
        await page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "Meine Betriebe" }).ClickAsync();
        await page.WaitForURLAsync("**/betrieb");
        await AssertAccessibleAsync(visit, "Meine Betriebe");
        await page.Locator($"main a[href='/betrieb/{listingId}/bearbeiten']").ClickAsync();
        await page.WaitForURLAsync($"**/betrieb/{listingId}/bearbeiten");
        await AssertAccessibleAsync(visit, "listing form");

        // The week, by keyboard alone: Monday 09:00–12:30 and 14:00–18:00, copied to Tuesday to Friday, closed on holidays.
        await TabToAsync(page, "Hours-Days-0-Spans-0-Start");
        await TypeTimeAsync(page, "09:00");
        await TabToAsync(page, "Hours-Days-0-Spans-0-End");
        await TypeTimeAsync(page, "12:30");
        await TabToAsync(page, "Hours-Days-0-Add");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("id => document.activeElement?.id === id", "Hours-Days-0-Spans-1-Start");
        await TypeTimeAsync(page, "14:00");
        await TabToAsync(page, "Hours-Days-0-Spans-1-End");
        await TypeTimeAsync(page, "18:00");
        for (var day = 1; day <= 4; day++)
        {
            await TabToAsync(page, $"Hours-Days-{day}-Copy");
            await page.Keyboard.PressAsync("Space");
            await Assertions.Expect(page.Locator($"#Hours-Days-{day}-Spans-1-End")).ToHaveValueAsync("18:00");
        }

        await TabToAsync(page, "Hours-ClosedOnPublicHolidays");
        await page.Keyboard.PressAsync("Space");
        const string Week = "Mo-Fr 09:00-12:30,14:00-18:00; PH off";
        await Assertions.Expect(page.Locator("#Hours-Text")).ToHaveValueAsync(Week);
        await AssertAccessibleAsync(visit, "week entered");
        await TabToButtonAsync(page, "Änderungen speichern");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex($"/betrieb/{listingId}/bearbeiten\\?geaendert=1$"));
        await Assertions.Expect(page.Locator("main .notice")).ToContainTextAsync("1");
        await AssertAccessibleAsync(visit, "listing saved");

        // A photo.
        await visit.GotoAsync($"/betrieb/{listingId}/fotos");
        await AssertAccessibleAsync(visit, "photos");
        var fileInput = page.GetByLabel("Fotos auswählen");
        await fileInput.FocusAsync();
        await fileInput.SetInputFilesAsync(new FilePayload { Name = "schaufenster.jpg", MimeType = "image/jpeg", Buffer = Jpeg(1600, 1000) });
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Beschreibung: Was zeigt „schaufenster.jpg“?", await page.EvaluateAsync<string>("() => document.activeElement.labels[0].textContent"));
        await page.Keyboard.TypeAsync("Schaufenster mit Schuhen");
        await TabToButtonAsync(page, "Hochladen");
        await page.Keyboard.PressAsync("Enter");
        var row = page.Locator(".photo-row", new() { HasText = "schaufenster.jpg" });
        await Assertions.Expect(row.Locator(".photo-status")).ToHaveTextAsync("bereit", new() { Timeout = 180_000 });
        await AssertAccessibleAsync(visit, "photo ready");

        // The public page: the new week and the processed photo.
        await visit.GotoAsync($"/b/{slug}");
        var hours = page.Locator("#oeffnungszeiten + table");
        await Assertions.Expect(hours.Locator(".hours-table__time", new() { HasText = "09:00–12:30" }).First).ToBeVisibleAsync();
        await Assertions.Expect(hours.Locator(".hours-table__time", new() { HasText = "14:00–18:00" }).First).ToBeVisibleAsync();
        Assert.Contains("geschlossen", await hours.InnerTextAsync(), StringComparison.Ordinal);
        var image = page.GetByRole(AriaRole.Img, new() { Name = "Schaufenster mit Schuhen" });
        await Assertions.Expect(image).ToBeVisibleAsync();
        Assert.True(await image.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        Assert.Matches("/media/photos/[0-9a-f]{32}/(list|page|full)\\.webp$", await image.EvaluateAsync<string>("img => img.currentSrc"));
        await AssertAccessibleAsync(visit, "public listing");

        Assert.Empty(visit.ForeignRequests());
    }

    private async Task ApproveAsStaffAsync(string listingName)
    {
        var staff = await CreateStaffAsync($"amt-{Guid.NewGuid():N}@example.org");
        await using var visit = await OpenSignedInAsync(staff);
        var page = visit.Page;
        Assert.Equal(200, (await visit.GotoAsync("/verwaltung/pruefung")).Status);
        await AssertAccessibleAsync(visit, "review queue");
        var request = page.Locator("ol.request-list > li", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = $"{listingName}" }) });
        await Assertions.Expect(request).ToHaveCountAsync(1);
        await request.GetByRole(AriaRole.Button, new() { Name = "Annehmen" }).ClickAsync();
        await page.WaitForURLAsync("**/verwaltung/pruefung?erledigt=angenommen");
        await AssertAccessibleAsync(visit, "review queue after approval");
        Assert.Empty(visit.ForeignRequests());
    }

    /// <summary>A published listing of this test's own, without opening hours, so no other test sees its changes.</summary>
    private async Task<(int Id, string Slug, string Name)> CreateListingAsync(string suffix)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HalloBotDbContext>();
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Name == "Schuhgeschäft") ?? new Category("Schuhgeschäft");
        var name = $"Schuhhaus Schuster {suffix}";
        var listing = new Listing(name, $"schuhhaus-schuster-{suffix}", new PostalAddress("Gladbecker Straße 40", "46236", "Bottrop"), DateTime.UtcNow)
        {
            Phone = "02041 765432",
            Status = ListingStatus.Published,
        };
        listing.SetCategories([category]);
        db.Listings.Add(listing);
        await db.SaveChangesAsync();
        return (listing.Id, listing.Slug, name);
    }

    private async Task<Member> CreateStaffAsync(string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var member = new Member { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Amt", CreatedAt = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(member, "Zechenhaus-Bottrop-2026")).Succeeded);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(Roles.Admin))
        {
            await roles.CreateAsync(new IdentityRole(Roles.Admin));
        }

        Assert.True((await users.AddToRoleAsync(member, Roles.Admin)).Succeeded);
        return member;
    }

    /// <summary>A browser signed in with a cookie the site itself issues (the staff sign-in is not what this journey is about).</summary>
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

    private async Task<MimeMessage> WaitForMailAsync(string recipient, Func<MimeMessage, bool> matches)
    {
        var folder = site.Services.GetRequiredService<IOptions<MailOptions>>().Value.PickupDirectory!;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (Directory.Exists(folder))
            {
                var mail = Directory.EnumerateFiles(folder, "*.eml")
                    .Select(path => MimeMessage.Load(path))
                    .FirstOrDefault(m => m.To.Mailboxes.Any(a => a.Address == recipient) && matches(m));
                if (mail is not null)
                {
                    return mail;
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No such mail to {recipient} in {folder} after a minute.");
    }

    private static Uri Link(MimeMessage mail, string containing) =>
        new(LinkPattern().Matches(mail.TextBody ?? "").Select(m => m.Value).First(url => url.Contains(containing, StringComparison.Ordinal)));

    /// <summary>
    /// Types a time into the focused time input. Debian's Chromium has only its en-US interface, whose time field has
    /// hours (1–12), minutes and AM/PM: 14:00 is typed "0200P" (see HoursEditorKeyboardTests).
    /// </summary>
    private static async Task TypeTimeAsync(IPage page, string time)
    {
        var hours = int.Parse(time[..2], System.Globalization.CultureInfo.InvariantCulture);
        var clock = hours % 12 == 0 ? 12 : hours % 12;
        await page.Keyboard.TypeAsync($"{clock:00}{time[3..]}{(hours < 12 ? "A" : "P")}");
        Assert.Equal(time, await page.EvaluateAsync<string>("() => document.activeElement?.value ?? ''"));
    }

    /// <summary>Presses Tab (and nothing else) until the element with <paramref name="id"/> has the focus.</summary>
    private static async Task TabToAsync(IPage page, string id)
    {
        for (var presses = 0; presses < 120; presses++)
        {
            if (await page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''") == id)
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached #{id}.");
    }

    private static async Task TabToButtonAsync(IPage page, string text)
    {
        for (var presses = 0; presses < 120; presses++)
        {
            if (await page.EvaluateAsync<bool>("t => document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent.trim() === t", text))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached the button \"{text}\".");
    }

    private static async Task AssertAccessibleAsync(VisitedPage visit, string pageName)
    {
        var violations = await visit.AccessibilityViolationsAsync();
        Assert.True(violations.Count == 0, $"axe found WCAG 2.1 A/AA violations on the {pageName} page:\n" + string.Join('\n', violations));
    }

    private static byte[] Jpeg(int width, int height)
    {
        using var image = new Image<Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var pixels = rows.GetRowSpan(y);
                for (var x = 0; x < pixels.Length; x++)
                {
                    pixels[x] = new Rgb24((byte)(x * 200 / width), (byte)(y * 200 / height), 120);
                }
            }
        });
        using var output = new MemoryStream();
        image.Save(output, new JpegEncoder { Quality = 85 });
        return output.ToArray();
    }

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex LinkPattern();
}
