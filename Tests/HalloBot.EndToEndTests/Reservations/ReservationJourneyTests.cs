using System.Text.RegularExpressions;
using HalloBot.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using MimeKit;

namespace HalloBot.EndToEndTests.Reservations;

/// <summary>
/// A reservation from start to end in the browser, by keyboard, with every mail going through a real SMTP server:
/// the resident finds the offer, reserves, confirms through the mailed link; the shop accepts; the resident is
/// mailed the pick-up window; the shop marks it picked up. Every page on the way is axe-clean and same-origin.
/// </summary>
public sealed partial class ReservationJourneyTests(ReservationSiteFixture site) : IClassFixture<ReservationSiteFixture>
{
    [Fact]
    public async Task Reservation_FromOfferToPickUp_ByKeyboardWithRealMail()
    {
        var pickupDay = ReservationSiteFixture.Today.AddDays(1);
        await using var resident = await site.OpenPageAsync();
        var page = resident.Page;

        // The resident finds the offer on the shop's page and follows it to the form, by keyboard.
        await resident.GotoAsync($"/b/{ReservationSiteFixture.ShopSlug}");
        await PressAsync(page, page.GetByRole(AriaRole.Link, new() { Name = ReservationSiteFixture.OfferTitle }).First);
        await AssertCleanAsync(resident);
        await PressAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Reservieren" }));
        await AssertCleanAsync(resident);

        // A wrong quantity first: the German error sits at the field, and the form keeps what was typed.
        await TypeAsync(page, "Name", "Erika Mustermann");
        await TypeAsync(page, "E-Mail-Adresse", "erika@example.org");
        await page.GetByLabel("Menge").FillAsync("0");
        await page.GetByLabel("Gewünschter Abholtag").FillAsync(ReservationSiteFixture.Iso(pickupDay));
        await NavigatingAsync(page, () => page.GetByLabel("Gewünschter Abholtag").PressAsync("Enter"));
        Assert.Contains("Die Menge muss zwischen 1 und 99 liegen.", await page.Locator("#Quantity-error").InnerTextAsync(), StringComparison.Ordinal);
        await AssertCleanAsync(resident);
        await page.Locator(".error-summary a").First.PressAsync("Enter");
        Assert.Equal("Quantity", await page.EvaluateAsync<string>("document.activeElement.id"));

        await page.GetByLabel("Menge").FillAsync("2");
        await page.GetByLabel("Nachricht an das Geschäft").PressSequentiallyAsync("Bitte in Scheiben.");
        await PressAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Reservierung senden" }));
        Assert.Contains("Bitte bestätigen Sie Ihre E-Mail-Adresse", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AssertCleanAsync(resident);

        // The confirmation mail arrives at the SMTP server; its link opens the private page.
        var confirmation = await MailToAsync("erika@example.org", "Bitte bestätigen Sie Ihre Reservierung");
        var link = LinkPattern().Match(confirmation.TextBody ?? "").Value;
        Assert.StartsWith(site.BaseAddress.ToString().TrimEnd('/'), link, StringComparison.Ordinal);
        await resident.GotoAsync(link);
        Assert.Contains("Wartet auf Ihre Bestätigung", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AssertCleanAsync(resident);
        await PressAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Reservierung bestätigen" }));
        Assert.Contains("an das Geschäft gegangen", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AssertCleanAsync(resident);

        // The shop is told by mail, and sees it on its dashboard.
        await MailToAsync("laden@example.org", "Neue Reservierung");
        await using var shop = await site.OpenSignedInAsync(site.ShopMember);
        var shopPage = shop.Page;
        await shop.GotoAsync("/betrieb");
        Assert.Contains("1 warten auf Ihre Antwort", await shopPage.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AssertCleanAsync(shop);
        await PressAsync(shopPage, shopPage.GetByRole(AriaRole.Link, new() { Name = $"Reservierungen für {ReservationSiteFixture.ShopName}" }));
        await AssertCleanAsync(shop);
        await PressAsync(shopPage, shopPage.GetByRole(AriaRole.Link, new() { Name = "Erika Mustermann" }));
        Assert.Contains("Bitte in Scheiben.", await shopPage.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AssertCleanAsync(shop);

        // It accepts with a pick-up window.
        var accept = shopPage.Locator("form[action$='/annehmen']");
        await accept.GetByLabel("Abholtag").FillAsync(ReservationSiteFixture.Iso(pickupDay));
        await accept.GetByLabel("Von (Uhrzeit)").FillAsync("10:00");
        await accept.GetByLabel("Bis (Uhrzeit)").FillAsync("12:30");
        await accept.GetByLabel("Nachricht an die Kundin oder den Kunden").FillAsync("Liegt an der Kasse bereit.");
        await PressAsync(shopPage, accept.GetByRole(AriaRole.Button, new() { Name = "Zusagen" }));
        Assert.Contains("Zugesagt", await shopPage.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AssertCleanAsync(shop);

        // The resident gets the window by mail, and sees it on the private page.
        var accepted = await MailToAsync("erika@example.org", "Zugesagt");
        Assert.Contains("10:00–12:30 Uhr", accepted.TextBody, StringComparison.Ordinal);
        Assert.Contains("Liegt an der Kasse bereit.", accepted.TextBody, StringComparison.Ordinal);
        await resident.GotoAsync(link);
        Assert.Contains("10:00–12:30 Uhr", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // The shop marks it picked up; the list shows it so.
        await PressAsync(shopPage, shopPage.GetByRole(AriaRole.Button, new() { Name = "Abgeholt", Exact = true }));
        Assert.Contains("Als abgeholt vermerkt.", await shopPage.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AssertCleanAsync(shop);
        await shop.GotoAsync($"{new Uri(shopPage.Url).AbsolutePath[..new Uri(shopPage.Url).AbsolutePath.LastIndexOf('/')]}?status=PickedUp");
        Assert.Contains("Erika Mustermann", await shopPage.Locator("table").InnerTextAsync(), StringComparison.Ordinal);
        await AssertCleanAsync(shop);
        await MailToAsync("erika@example.org", "Abgeholt");

        Assert.Empty(resident.ForeignRequests());
        Assert.Empty(shop.ForeignRequests());
    }

    /// <summary>Focus and Enter: what a keyboard user does with a link or a button.</summary>
    private static async Task PressAsync(IPage page, ILocator target)
    {
        await target.FocusAsync();
        await NavigatingAsync(page, () => page.Keyboard.PressAsync("Enter"));
    }

    /// <summary>Runs <paramref name="action"/> and waits until a new document has loaded (a redirect may land on the same address).</summary>
    private static async Task NavigatingAsync(IPage page, Func<Task> action)
    {
        await page.EvaluateAsync("() => { window.staleDocument = true; }");
        await action();

        // Polled from here: the page's content security policy forbids the eval that WaitForFunctionAsync needs.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (await StillOldDocumentAsync(page))
        {
            Assert.True(DateTime.UtcNow < deadline, $"No new page after the action on {page.Url}.");
            await Task.Delay(100);
        }

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    private static async Task<bool> StillOldDocumentAsync(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<bool>("() => window.staleDocument === true");
        }
        catch (PlaywrightException)
        {
            return true; // the old document is going away just now
        }
    }

    private static async Task TypeAsync(IPage page, string label, string text)
    {
        var input = page.GetByLabel(label, new() { Exact = true });
        await input.FocusAsync();
        await input.PressSequentiallyAsync(text);
    }

    private static async Task AssertCleanAsync(VisitedPage visit) => Assert.Empty(await visit.AccessibilityViolationsAsync());

    /// <summary>Waits for the mail job to deliver a mail to <paramref name="recipient"/> whose subject starts so.</summary>
    private async Task<MimeMessage> MailToAsync(string recipient, string subjectStart)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var mail = site.Smtp.Messages().LastOrDefault(m =>
                m.To.Mailboxes.Any(b => b.Address == recipient) && (m.Subject ?? "").StartsWith(subjectStart, StringComparison.Ordinal));
            if (mail is not null)
            {
                return mail;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"No mail \"{subjectStart}…\" to {recipient} within 30 s.");
    }

    [GeneratedRegex(@"https?://[^\s]+/reservierung/[A-Za-z0-9_-]{43}")]
    private static partial Regex LinkPattern();
}
