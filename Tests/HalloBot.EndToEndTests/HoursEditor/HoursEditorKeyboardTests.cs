using HalloBot.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace HalloBot.EndToEndTests.HoursEditor;

/// <summary>
/// A baker enters the week on "Öffnungszeiten prüfen" with the keyboard alone (Tab, Enter, Space, typing): a
/// lunch break, "same as Monday", Saturday, closed on holidays; then fixes a typed OSM text. The preview follows.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class HoursEditorKeyboardTests(SiteFixture site)
{
    private const string BakerWeek = "Mo-Fr 07:00-12:30,14:00-18:00; Sa 07:00-13:00; PH off";

    [Fact]
    public async Task Editor_KeyboardOnly_BuildsTheWeekAndChecksTheText()
    {
        await using var visit = await site.OpenPageAsync();
        var page = visit.Page;
        await visit.GotoAsync("/oeffnungszeiten/vorschau");
        await AssertAccessibleAsync(visit, "empty editor");

        await TabToAsync(page, "Hours-Days-0-Spans-0-Start");
        Assert.Equal("Montag, Beginn 1. Zeitraum", await AccessibleNameAsync(page));
        await TypeTimeAsync(page, "07:00");
        await TabToAsync(page, "Hours-Days-0-Spans-0-End");
        await TypeTimeAsync(page, "12:30");

        await TabToAsync(page, "Hours-Days-0-Add");
        await page.Keyboard.PressAsync("Enter");
        await WaitForFocusAsync(page, "Hours-Days-0-Spans-1-Start");
        Assert.Equal("Montag, Beginn 2. Zeitraum", await AccessibleNameAsync(page));
        await TypeTimeAsync(page, "14:00");
        await TabToAsync(page, "Hours-Days-0-Spans-1-End");
        await TypeTimeAsync(page, "18:00");

        for (var day = 1; day <= 4; day++)
        {
            await TabToAsync(page, $"Hours-Days-{day}-Copy");
            await page.Keyboard.PressAsync("Space");
            await WaitForFocusAsync(page, $"Hours-Days-{day}-Copy");
            Assert.Equal("14:00", await page.InputValueAsync($"#Hours-Days-{day}-Spans-1-Start"));
        }

        await TabToAsync(page, "Hours-Days-5-Spans-0-Start");
        await TypeTimeAsync(page, "07:00");
        await TabToAsync(page, "Hours-Days-5-Spans-0-End");
        await TypeTimeAsync(page, "13:00");
        await TabToAsync(page, "Hours-ClosedOnPublicHolidays");
        await page.Keyboard.PressAsync("Space");

        var value = page.Locator("[data-hours-part='value']");
        await Assertions.Expect(value).ToHaveTextAsync(BakerWeek);
        await Assertions.Expect(page.Locator("#Hours-Text")).ToHaveValueAsync(BakerWeek);
        var rows = page.Locator(".hours-editor .hours-table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(7);
        await Assertions.Expect(rows.Nth(0).Locator("td")).ToHaveTextAsync("07:00–12:30 14:00–18:00");
        await Assertions.Expect(rows.Nth(5).Locator("td")).ToHaveTextAsync("07:00–13:00");
        await Assertions.Expect(rows.Nth(6).Locator("td")).ToHaveTextAsync("geschlossen");
        await AssertAccessibleAsync(visit, "week entered");

        // The expert field: a mistake is reported at once and tied to the field; the fix shows in the week.
        await TabToAsync(page, "Hours-Text");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("Mo-Fr 08:00-18:00; Sa 25:00-26:00");
        var status = page.Locator("#Hours-Text-status");
        await Assertions.Expect(status).ToHaveTextAsync("Zeichen 23: Stunden 00–23 erwartet");
        await Assertions.Expect(page.Locator("#Hours-Text")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Contains("Hours-Text-status", await page.GetAttributeAsync("#Hours-Text", "aria-describedby"), StringComparison.Ordinal);
        Assert.True(await page.IsCheckedAsync("input[name='Hours.Source'][value='text']"));
        await AssertAccessibleAsync(visit, "text with an error");

        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("Mo-Fr 08:00-18:00; Sa 08:00-12:00");
        await Assertions.Expect(status).ToHaveTextAsync("Der Text ist gültig.");
        await Assertions.Expect(page.Locator("#Hours-Text")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(rows.Nth(5).Locator("td")).ToHaveTextAsync("08:00–12:00");
        await Assertions.Expect(value).ToHaveTextAsync("Mo-Fr 08:00-18:00; Sa 08:00-12:00");

        Assert.Empty(visit.ForeignRequests());
    }

    [Fact]
    public async Task Editor_WrongSpanThenRemoveIt_ErrorShownAtTheFieldAndGoneAfterRemoving()
    {
        await using var visit = await site.OpenPageAsync();
        var page = visit.Page;
        await visit.GotoAsync("/oeffnungszeiten/vorschau");

        await TabToAsync(page, "Hours-Days-2-Spans-0-Start");
        await TypeTimeAsync(page, "12:00");
        await TabToAsync(page, "Hours-Days-2-Spans-0-End");
        await TypeTimeAsync(page, "08:00");

        // Errors of the row being typed in wait until it is left: no "end missing" while the end is still being typed.
        Assert.Equal("", await page.TextContentAsync("#Hours-Days-2-Spans-0-End-error"));
        await TabToAsync(page, "Hours-Days-2-Remove-0");
        Assert.StartsWith("Entfernen", await AccessibleNameAsync(page), StringComparison.Ordinal);
        var end = page.Locator("#Hours-Days-2-Spans-0-End");
        await Assertions.Expect(end).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#Hours-Days-2-Spans-0-End-error")).ToContainTextAsync("Das Ende liegt vor dem Beginn.");
        Assert.Equal("Hours-Days-2-Spans-0-End-error", await end.GetAttributeAsync("aria-describedby"));
        await AssertAccessibleAsync(visit, "span with an error");

        await page.Keyboard.PressAsync("Enter");
        await WaitForFocusAsync(page, "Hours-Days-2-Add");
        await Assertions.Expect(page.Locator("#Hours-Days-2-Spans-0-End")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator(".hours-editor__no-preview")).ToHaveTextAsync("Keine Öffnungszeiten angegeben.");
        Assert.Empty(visit.ForeignRequests());
    }

    /// <summary>
    /// Types a time into the focused time input as a person with this browser does. Debian's Chromium ships only its
    /// en-US interface, and a time input takes its clock from the interface, not from the page's de-DE: it shows
    /// hours (1–12), minutes and AM/PM, three fields that Tab also steps through. So 14:00 is typed "0200P".
    /// </summary>
    private static async Task TypeTimeAsync(IPage page, string time)
    {
        var hours = int.Parse(time[..2], System.Globalization.CultureInfo.InvariantCulture);
        var clock = hours % 12 == 0 ? 12 : hours % 12;
        await page.Keyboard.TypeAsync($"{clock:00}{time[3..]}{(hours < 12 ? "A" : "P")}");
        var typed = await page.EvaluateAsync<string>("() => document.activeElement?.value ?? ''");
        Assert.True(typed == time, $"Typing {time} gave \"{typed}\": does this Chromium show a 24-hour time field?");
    }

    /// <summary>Presses Tab (and nothing else) until the element with <paramref name="id"/> has focus.</summary>
    private static async Task TabToAsync(IPage page, string id)
    {
        for (var presses = 0; presses < 80; presses++)
        {
            if (await FocusedIdAsync(page) == id)
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached #{id}; focus is on #{await FocusedIdAsync(page)}.");
    }

    private static async Task WaitForFocusAsync(IPage page, string id) =>
        await page.WaitForFunctionAsync("id => document.activeElement?.id === id", id);

    private static Task<string> FocusedIdAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''");

    private static async Task<string> AccessibleNameAsync(IPage page)
    {
        var focused = page.Locator(":focus");
        var labelled = await page.EvaluateAsync<string>(
            "() => { const e = document.activeElement; const l = e?.id ? document.querySelector(`label[for='${e.id}']`) : null; return (l ?? e)?.textContent?.replace(/\\s+/g, ' ').trim() ?? ''; }");
        return labelled.Length > 0 ? labelled : await focused.InnerTextAsync();
    }

    private static async Task AssertAccessibleAsync(VisitedPage visit, string state)
    {
        var violations = await visit.AccessibilityViolationsAsync();
        Assert.True(violations.Count == 0, $"axe on the hours editor ({state}):\n{string.Join("\n", violations)}");
    }
}
