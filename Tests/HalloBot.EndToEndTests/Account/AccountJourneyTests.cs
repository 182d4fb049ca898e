using System.Text.RegularExpressions;
using HalloBot.EndToEndTests.Infrastructure;
using HalloBot.Jobs.Mail;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using MimeKit;

namespace HalloBot.EndToEndTests.Account;

/// <summary>
/// A retailer's first steps, by keyboard alone: register → confirm with the link from the mail in the pickup folder →
/// sign in → "Mein Konto". Every page is checked with axe and for requests to other origins.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class AccountJourneyTests(SiteFixture site)
{
    private const string Password = "Haldenereignis Emscherblick";

    [Fact]
    public async Task RegisterConfirmSignIn_ByKeyboardAlone_ReachesMyAccountAccessibly()
    {
        var email = $"kortmann-{Guid.NewGuid():N}@example.org";
        await using var visit = await site.OpenPageAsync();
        var page = visit.Page;

        await visit.GotoAsync("/");
        await FocusByTabAsync(page, "header a[href='/konto/anmelden']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/konto/anmelden");
        await AssertAccessibleAsync(visit, "sign-in");

        await FocusByTabAsync(page, "main a[href='/konto/registrieren']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/konto/registrieren");
        await AssertAccessibleAsync(visit, "registration");

        // A common password first: the page says why, and stays accessible with the error shown.
        await FocusByTabAsync(page, "#Email");
        await page.Keyboard.TypeAsync(email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Erika Kortmann");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("schalke04schalke04");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("schalke04schalke04");
        await page.Keyboard.PressAsync("Enter");
        await visit.WaitForTextAsync("zu verbreitet", "#Password-fehler");
        Assert.Contains("zu verbreitet", await page.Locator("#Password-fehler").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(visit, "registration with an error");

        await FocusByTabAsync(page, "#Password");
        await page.Keyboard.TypeAsync(Password);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/konto/registrieren/gesendet");
        await AssertAccessibleAsync(visit, "check your inbox");

        var link = ConfirmationLink(await WaitForMailAsync(email));
        await visit.GotoAsync(link.PathAndQuery);
        Assert.Equal("E-Mail-Adresse bestätigt", (await page.Locator("h1").InnerTextAsync()).Trim());
        await AssertAccessibleAsync(visit, "address confirmed");

        await FocusByTabAsync(page, "main a[href='/konto/anmelden']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/konto/anmelden");
        await FocusByTabAsync(page, "#Email");
        await page.Keyboard.TypeAsync(email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/konto");
        Assert.Equal("Mein Konto", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Contains(email, await page.Locator("main .lead").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(visit, "Mein Konto");

        await FocusByTabAsync(page, "main a[href='/konto/zwei-faktor']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/konto/zwei-faktor");
        Assert.True(await page.Locator("img.qr-code").IsVisibleAsync());
        await AssertAccessibleAsync(visit, "two-factor set-up");

        await FocusByTabAsync(page, "header .account-nav button");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("/$"));
        Assert.Equal(1, await page.Locator("header a[href='/konto/anmelden']").CountAsync());

        Assert.Empty(visit.ForeignRequests());
    }

    /// <summary>Presses Tab until <paramref name="selector"/> has the focus: proves it is reachable by keyboard.</summary>
    private static async Task FocusByTabAsync(IPage page, string selector)
    {
        for (var i = 0; i < 60; i++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"{selector} was not reached with the Tab key.");
    }

    private async Task<MimeMessage> WaitForMailAsync(string recipient)
    {
        var folder = site.Services.GetRequiredService<IOptions<MailOptions>>().Value.PickupDirectory!;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (Directory.Exists(folder))
            {
                var mail = Directory.EnumerateFiles(folder, "*.eml")
                    .Select(path => MimeMessage.Load(path))
                    .FirstOrDefault(m => m.To.Mailboxes.Any(a => a.Address == recipient));
                if (mail is not null)
                {
                    return mail;
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No mail to {recipient} in {folder} after a minute.");
    }

    private static Uri ConfirmationLink(MimeMessage mail) =>
        new(LinkPattern().Matches(mail.TextBody ?? "").Select(m => m.Value).First(url => url.Contains("/konto/bestaetigen?", StringComparison.Ordinal)));

    private static async Task AssertAccessibleAsync(VisitedPage visit, string pageName)
    {
        var violations = await visit.AccessibilityViolationsAsync();
        Assert.True(violations.Count == 0, $"axe found WCAG 2.1 A/AA violations on the {pageName} page:\n" + string.Join('\n', violations));
    }

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex LinkPattern();
}
