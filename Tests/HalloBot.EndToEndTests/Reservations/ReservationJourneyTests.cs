using System.Text.RegularExpressions;
using HalloBot.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using MimeKit;

namespace HalloBot.EndToEndTests.Reservations;

/// <summary>
/// A reservation from start to end in the browser, by keyboard, with every mail going through a real SMTP server:
/// the resident searches and finds the offer, reserves, confirms through the mailed link; the shop accepts; the
/// resident is mailed the pick-up window; the shop marks it picked up. Every page on the way is axe-clean and same-origin.
/// </summary>
public sealed partial class ReservationJourneyTests(ReservationSiteFixture site) : IClassFixture<ReservationSiteFixture>
{
    [Fact]
    public async Task Reservation_FromSearchToPickUp_ByKeyboardWithRealMail()
    {
        var pickupDay = ReservationSiteFixture.Today.AddDays(1);
        await using var resident = await site.OpenPageAsync();
        var page = resident.Page;

        // The resident searches, finds the offer among the matches and follows it to the form, by keyboard. The index
        // is filled by a job after the site starts: search again until it has the offer.
        var offerLink = page.Locator(".matching-offers").GetByRole(AriaRole.Link, new() { Name = ReservationSiteFixture.OfferTitle });
        await resident.GotoAsync("/suche?q=roggenbrot");
        for (var attempt = 0; await offerLink.CountAsync() == 0; attempt++)
        {
            Assert.True(attempt < 60, "Search did not find the offer within a minute.");
            await Task.Delay(1000);
            await resident.GotoAsync("/suche?q=roggenbrot");
        }

        await AssertCleanAsync(resident);
        await PressAsync(page, offerLink.First);
        var reserveLink = page.GetByRole(AriaRole.Link, new() { Name = "Reservieren" });
        await reserveLink.WaitForAsync(new() { Timeout = 60_000 });
        await AssertCleanAsync(resident);
        await PressAsync(page, reserveLink);
        await page.GetByLabel("Name", new() { Exact = true }).WaitForAsync(new() { Timeout = 60_000 });
        await AssertCleanAsync(resident);

        // A wrong quantity first: the German error sits at the field, and the form keeps what was typed.
        await TypeAsync(page, "Name", "Erika Mustermann");
        await TypeAsync(page, "E-Mail-Adresse", "erika@example.org");
        await ReplaceAsync(page.GetByLabel("Menge"), "0");
        await TypeDateAsync(page.GetByLabel("Gewünschter Abholtag"), pickupDay);
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#Quantity-error").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Contains("Die Menge muss zwischen 1 und 99 liegen.", await page.Locator("#Quantity-error").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Erika Mustermann", await page.GetByLabel("Name", new() { Exact = true }).InputValueAsync());
        await AssertCleanAsync(resident);
        await page.Locator(".error-summary a").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("Quantity", await page.EvaluateAsync<string>("document.activeElement.id"));

        await ReplaceAsync(page.GetByLabel("Menge"), "2");
        var message = page.GetByLabel("Nachricht an das Geschäft"); // its label adds "(freiwillig)"
        await message.FocusAsync();
        await message.PressSequentiallyAsync("Bitte in Scheiben.");
        await PressAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Reservierung senden" }));
        await NextPageShowsAsync(page, "Bitte bestätigen Sie Ihre E-Mail-Adresse");
        await AssertCleanAsync(resident);

        // The confirmation mail arrives at the SMTP server; its link opens the private page.
        var confirmation = await MailToAsync("erika@example.org", "Bitte bestätigen Sie Ihre Reservierung");
        var link = LinkPattern().Match(confirmation.TextBody ?? "").Value;
        Assert.StartsWith(site.BaseAddress.ToString().TrimEnd('/'), link, StringComparison.Ordinal);
        await resident.GotoAsync(link);
        await NextPageShowsAsync(page, "Wartet auf Ihre Bestätigung");
        await AssertCleanAsync(resident);
        await PressAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Reservierung bestätigen" }));
        await NextPageShowsAsync(page, "an das Geschäft gegangen");
        await AssertCleanAsync(resident);

        // The shop is told by mail, and sees it on its dashboard.
        await MailToAsync("laden@example.org", "Neue Reservierung");
        await using var shop = await site.OpenSignedInAsync(site.ShopMember);
        var shopPage = shop.Page;
        await shop.GotoAsync("/betrieb");
        await NextPageShowsAsync(shopPage, "1 warten auf Ihre Antwort");
        await AssertCleanAsync(shop);
        await PressAsync(shopPage, shopPage.GetByRole(AriaRole.Link, new() { Name = $"Reservierungen für {ReservationSiteFixture.ShopName}" }));
        await shopPage.Locator("main table").WaitForAsync(new() { Timeout = 60_000 });
        await AssertCleanAsync(shop);
        await PressAsync(shopPage, shopPage.GetByRole(AriaRole.Link, new() { Name = "Erika Mustermann" }));
        await NextPageShowsAsync(shopPage, "Bitte in Scheiben.");
        await AssertCleanAsync(shop);

        // It accepts with a pick-up window, typed.
        var accept = shopPage.Locator("form[action$='/annehmen']");
        await TypeDateAsync(accept.GetByLabel("Abholtag"), pickupDay);
        await TypeTimeAsync(accept.GetByLabel("Von (Uhrzeit)"), "10:00");
        await TypeTimeAsync(accept.GetByLabel("Bis (Uhrzeit)"), "12:30");
        var note = accept.GetByLabel("Nachricht an die Kundin oder den Kunden");
        await note.FocusAsync();
        await note.PressSequentiallyAsync("Liegt an der Kasse bereit.");
        await PressAsync(shopPage, accept.GetByRole(AriaRole.Button, new() { Name = "Zusagen" }));
        await NextPageShowsAsync(shopPage, "Die Kundin oder der Kunde bekommt die Abholzeit per E-Mail.");
        await AssertCleanAsync(shop);

        // The resident gets the window by mail, with the link to the private page again, which shows it.
        var accepted = await MailToAsync("erika@example.org", "Zugesagt");
        Assert.Contains("10:00–12:30 Uhr", accepted.TextBody, StringComparison.Ordinal);
        Assert.Contains("Liegt an der Kasse bereit.", accepted.TextBody, StringComparison.Ordinal);
        Assert.Equal(link, LinkPattern().Match(accepted.TextBody ?? "").Value);
        Assert.Contains("/mail/abbestellen/", accepted.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        await resident.GotoAsync(link);
        await NextPageShowsAsync(page, "10:00–12:30 Uhr");
        await AssertCleanAsync(resident);

        // The shop marks it picked up; the list shows it so.
        await PressAsync(shopPage, shopPage.GetByRole(AriaRole.Button, new() { Name = "Abgeholt", Exact = true }));
        await NextPageShowsAsync(shopPage, "Als abgeholt vermerkt.");
        await AssertCleanAsync(shop);
        var listPath = new Uri(shopPage.Url).AbsolutePath[..new Uri(shopPage.Url).AbsolutePath.LastIndexOf('/')];
        await shop.GotoAsync($"{listPath}?status=PickedUp");
        Assert.Contains("Erika Mustermann", await shopPage.Locator("table").InnerTextAsync(), StringComparison.Ordinal);
        await AssertCleanAsync(shop);
        await MailToAsync("erika@example.org", "Abgeholt");

        Assert.Empty(resident.ForeignRequests());
        Assert.Empty(shop.ForeignRequests());
    }

    /// <summary>Focus and Enter: what a keyboard user does with a link or a button. The caller waits for what only the next page has.</summary>
    private static async Task PressAsync(IPage page, ILocator target)
    {
        await target.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
    }

    /// <summary>Waits for text that only the next page has (on a loaded machine the old page may still be showing).</summary>
    private static Task NextPageShowsAsync(IPage page, string text) =>
        page.Locator("main").GetByText(text).First.WaitForAsync(new() { Timeout = 60_000 });

    /// <summary>Selects what the field holds and types over it.</summary>
    private static async Task ReplaceAsync(ILocator input, string text)
    {
        await input.FocusAsync();
        await input.PressAsync("Control+A");
        await input.PressSequentiallyAsync(text);
    }

    /// <summary>
    /// Types a date into a date field as a keyboard user does. The field's segments follow the browser's own locale, not
    /// the page's (Debian's headless Chromium ships en-US only: month first), so a German order that did not take is
    /// typed again from the first segment in the browser's order.
    /// </summary>
    private static Task TypeDateAsync(ILocator input, DateOnly date) =>
        TypeSegmentsAsync(input, ReservationSiteFixture.Iso(date), 2,
            date.ToString("ddMMyyyy", System.Globalization.CultureInfo.InvariantCulture),
            date.ToString("MMddyyyy", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A 24-hour time; in a browser with a 12-hour field, the hours, minutes and AM/PM.</summary>
    private static Task TypeTimeAsync(ILocator input, string time)
    {
        var value = TimeOnly.ParseExact(time, "HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return TypeSegmentsAsync(input, time, 2,
            value.ToString("HHmm", System.Globalization.CultureInfo.InvariantCulture),
            value.ToString("hhmm", System.Globalization.CultureInfo.InvariantCulture) + (value.Hour < 12 ? "A" : "P"));
    }

    private static async Task TypeSegmentsAsync(ILocator input, string expected, int segmentsBack, params string[] keyOrders)
    {
        await input.FocusAsync();
        foreach (var keys in keyOrders)
        {
            await input.PressSequentiallyAsync(keys);
            if (await input.InputValueAsync() == expected)
            {
                return;
            }

            for (var i = 0; i < segmentsBack; i++)
            {
                await input.PressAsync("Shift+Tab");
            }
        }

        Assert.Fail($"Typing did not give {expected}; the field holds \"{await input.InputValueAsync()}\".");
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
