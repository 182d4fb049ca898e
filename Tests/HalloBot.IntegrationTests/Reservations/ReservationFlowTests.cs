using System.Net;
using System.Text;
using HalloBot.Domain.Reservations;
using HalloBot.IntegrationTests.Infrastructure;

namespace HalloBot.IntegrationTests.Reservations;

/// <summary>The whole way of a reservation over HTTP, with the mails each step queues.</summary>
public sealed class ReservationFlowTests : IAsyncLifetime
{
    private ReservationApp _app = null!;

    public async Task InitializeAsync() => _app = await ReservationApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Confirm_ThroughTheMailLink_ReachesTheShopOnce()
    {
        var token = await _app.ReserveAsync(_app.OfferA);
        using var resident = _app.CreateCookieClient(followRedirects: true);
        var page = await resident.GetAsync($"/reservierung/{token}");
        Assert.True(page.Headers.CacheControl?.NoStore);
        Assert.Contains("<meta name=\"referrer\" content=\"no-referrer\">", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var confirmed = await resident.SubmitAsync($"/reservierung/{token}", [], "form[action$='/bestaetigen']");
        var again = await resident.PostAsync($"/reservierung/{token}/bestaetigen",
            new FormUrlEncodedContent([new("__RequestVerificationToken", await resident.AntiforgeryTokenAsync($"/reservierung/{token}"))]));

        Assert.Contains("ist bestätigt und an das Geschäft gegangen", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("schon bestätigt", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var shopMail = Assert.Single(await _app.MailsAsync("anton@example.org"));
        Assert.Equal("reservations.new", shopMail.Kind);
        Assert.Contains("Erika Mustermann", shopMail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/betrieb/{_app.ListingA}/reservierungen/", shopMail.TextBody, StringComparison.Ordinal);
        Assert.Empty(await _app.MailsAsync("berta@example.org"));
    }

    [Fact]
    public async Task Accept_ByTheShop_MailsTheWindowAndMarkPickedUpCloses()
    {
        var (token, id) = await _app.ReserveAndConfirmAsync(_app.OfferA);
        using var shop = await _app.CreateClientSignedInAsAsync(_app.MemberOfA);
        var list = await shop.GetStringAsync($"/betrieb/{_app.ListingA}/reservierungen");
        Assert.Contains("Erika Mustermann", list, StringComparison.Ordinal);

        var accepted = await shop.SubmitAsync($"/betrieb/{_app.ListingA}/reservierungen/{id}",
            new Dictionary<string, string> { ["PickupDate"] = "2026-06-03", ["PickupFrom"] = "10:00", ["PickupUntil"] = "12:30", ["Note"] = "Liegt an der Kasse." },
            "form[action$='/annehmen']");

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var mail = Assert.Single(await _app.MailsAsync("erika@example.org", "reservations.accepted"));
        Assert.Contains("Mittwoch, 3. Juni 2026, 10:00–12:30 Uhr", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Liegt an der Kasse.", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(ReservationStatus.Accepted, (await _app.ReservationAsync(id)).Status);

        var picked = await shop.SubmitAsync($"/betrieb/{_app.ListingA}/reservierungen/{id}", [], "form[action$='/abgeholt']");

        Assert.Equal(HttpStatusCode.Redirect, picked.StatusCode);
        Assert.Equal(ReservationStatus.PickedUp, (await _app.ReservationAsync(id)).Status);
        using var resident = _app.CreateCookieClient();
        Assert.Contains("Abgeholt", await resident.GetStringAsync($"/reservierung/{token}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkNotCollected_AcceptedHold_ClosesItAndMailsTheResident()
    {
        var (token, id) = await _app.ReserveAndConfirmAsync(_app.OfferA);
        await _app.AcceptAsync(_app.ListingA, _app.MemberOfA, id);
        using var shop = await _app.CreateClientSignedInAsAsync(_app.MemberOfA);

        var marked = await shop.SubmitAsync($"/betrieb/{_app.ListingA}/reservierungen/{id}", [], "form[action$='/nicht-abgeholt']");

        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.Equal(ReservationStatus.NotCollected, (await _app.ReservationAsync(id)).Status);
        var mail = Assert.Single(await _app.MailsAsync("erika@example.org", "reservations.not-collected"));
        Assert.StartsWith("Nicht abgeholt: Roggenbrot 1 kg", mail.Subject, StringComparison.Ordinal);
        Assert.Equal(token, ReservationApp.TokenIn(mail.TextBody));
        Assert.Contains("als nicht abgeholt vermerkt", await shop.GetStringAsync($"/betrieb/{_app.ListingA}/reservierungen/{id}"), StringComparison.OrdinalIgnoreCase);
        using var resident = _app.CreateCookieClient();
        Assert.Contains("Nicht abgeholt", await resident.GetStringAsync($"/reservierung/{token}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_NoteOver500Characters_ShowsTheErrorAtTheNoteAndChangesNothing()
    {
        var (_, id) = await _app.ReserveAndConfirmAsync(_app.OfferA);

        var response = await _app.AcceptAsync(_app.ListingA, _app.MemberOfA, id, note: new string('x', 501));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("Zu lang: höchstens 500 Zeichen, eingegeben sind 501.", document.QuerySelector("#annehmen-Note-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", document.QuerySelector("#annehmen-Note")?.GetAttribute("aria-invalid"));
        Assert.Equal(ReservationStatus.Requested, (await _app.ReservationAsync(id)).Status);
        Assert.Empty(await _app.MailsAsync("erika@example.org", "reservations.accepted"));
    }

    [Fact]
    public async Task Accept_WindowInThePastOrBackwards_ShowsTheErrorsAndChangesNothing()
    {
        var (_, id) = await _app.ReserveAndConfirmAsync(_app.OfferA);
        using var shop = await _app.CreateClientSignedInAsAsync(_app.MemberOfA);

        var past = await shop.SubmitAsync($"/betrieb/{_app.ListingA}/reservierungen/{id}",
            new Dictionary<string, string> { ["PickupDate"] = "2026-05-29", ["PickupFrom"] = "10:00", ["PickupUntil"] = "12:00" }, "form[action$='/annehmen']");
        var backwards = await shop.SubmitAsync($"/betrieb/{_app.ListingA}/reservierungen/{id}",
            new Dictionary<string, string> { ["PickupDate"] = "2026-06-03", ["PickupFrom"] = "12:00", ["PickupUntil"] = "10:00" }, "form[action$='/annehmen']");

        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Contains("Dieser Abholtermin ist schon vorbei", await past.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("Das Ende muss nach dem Beginn liegen.", await backwards.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ReservationStatus.Requested, (await _app.ReservationAsync(id)).Status);
        Assert.Empty(await _app.MailsAsync("erika@example.org", "reservations.accepted"));
    }

    [Fact]
    public async Task Decline_WithoutReason_IsRefusedAndWithReasonMailsIt()
    {
        var (_, id) = await _app.ReserveAndConfirmAsync(_app.OfferA);
        using var shop = await _app.CreateClientSignedInAsAsync(_app.MemberOfA);

        var empty = await shop.SubmitAsync($"/betrieb/{_app.ListingA}/reservierungen/{id}", new Dictionary<string, string> { ["Note"] = " " }, "form[action$='/ablehnen']");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Bitte nennen Sie einen Grund", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await shop.SubmitAsync($"/betrieb/{_app.ListingA}/reservierungen/{id}", new Dictionary<string, string> { ["Note"] = "Heute ausverkauft." }, "form[action$='/ablehnen']");

        Assert.Equal(ReservationStatus.Declined, (await _app.ReservationAsync(id)).Status);
        Assert.Contains("Heute ausverkauft.", Assert.Single(await _app.MailsAsync("erika@example.org", "reservations.declined")).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TakeProposal_ResidentAgrees_IsAcceptedAndTheShopIsTold()
    {
        var (token, id) = await _app.ReserveAndConfirmAsync(_app.OfferA);
        using var shop = await _app.CreateClientSignedInAsAsync(_app.MemberOfA);
        await shop.SubmitAsync($"/betrieb/{_app.ListingA}/reservierungen/{id}",
            new Dictionary<string, string> { ["PickupDate"] = "2026-06-05", ["PickupFrom"] = "15:00", ["PickupUntil"] = "17:00" }, "form[action$='/anderer-termin']");
        Assert.Single(await _app.MailsAsync("erika@example.org", "reservations.proposed"));

        using var resident = _app.CreateCookieClient();
        var response = await resident.SubmitAsync($"/reservierung/{token}", [], "form[action$='/termin-annehmen']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ReservationStatus.Accepted, (await _app.ReservationAsync(id)).Status);
        Assert.Single(await _app.MailsAsync("anton@example.org", "reservations.proposal-taken"));
        Assert.Contains("Freitag, 5. Juni 2026, 15:00–17:00 Uhr",
            Assert.Single(await _app.MailsAsync("erika@example.org", "reservations.accepted")).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_ByTheResident_TellsTheShopAndFreesTheLimit()
    {
        var (token, id) = await _app.ReserveAndConfirmAsync(_app.OfferA);
        for (var i = 1; i < ReservationRules.MaxOpenPerEmail; i++)
        {
            await _app.ReserveAndConfirmAsync(_app.OfferB);
        }

        using var resident = _app.CreateCookieClient();
        var overTheCap = await resident.SubmitAsync($"/reservieren/{_app.OfferA}", ReservationApp.ValidForm(), "#reservierung-formular");
        Assert.Equal(HttpStatusCode.BadRequest, overTheCap.StatusCode);

        await resident.SubmitAsync($"/reservierung/{token}", [], "form[action$='/stornieren']");

        Assert.Equal(ReservationStatus.CancelledByResident, (await _app.ReservationAsync(id)).Status);
        Assert.Single(await _app.MailsAsync("anton@example.org", "reservations.cancelled"));
        Assert.DoesNotContain("/stornieren", await resident.GetStringAsync($"/reservierung/{token}"), StringComparison.Ordinal);
        var (_, freed) = await _app.ReserveAndConfirmAsync(_app.OfferA);
        Assert.Equal(ReservationStatus.Requested, (await _app.ReservationAsync(freed)).Status);
        Assert.Equal(2, (await _app.MailsAsync("anton@example.org", "reservations.new")).Count);
    }

    [Fact]
    public async Task List_FilterAndTodayFirst_ShowsTodaysPickupsFirst()
    {
        var (_, later) = await _app.ReserveAndConfirmAsync(_app.OfferA, "later@example.org", "2026-06-02");
        var (_, today) = await _app.ReserveAndConfirmAsync(_app.OfferA, "today@example.org", "2026-06-05");
        using var shop = await _app.CreateClientSignedInAsAsync(_app.MemberOfA);
        await shop.SubmitAsync($"/betrieb/{_app.ListingA}/reservierungen/{today}",
            new Dictionary<string, string> { ["PickupDate"] = "2026-06-01", ["PickupFrom"] = "16:00", ["PickupUntil"] = "18:00" }, "form[action$='/annehmen']");

        var all = await shop.GetStringAsync($"/betrieb/{_app.ListingA}/reservierungen");
        var requested = await shop.GetStringAsync($"/betrieb/{_app.ListingA}/reservierungen?status=Requested");

        Assert.True(all.IndexOf($"/reservierungen/{today}\"", StringComparison.Ordinal) < all.IndexOf($"/reservierungen/{later}\"", StringComparison.Ordinal));
        Assert.Contains("Heute:", all, StringComparison.Ordinal);
        Assert.Contains($"/reservierungen/{later}\"", requested, StringComparison.Ordinal);
        Assert.DoesNotContain($"/reservierungen/{today}\"", requested, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_NameLikeAFormula_IsDefused()
    {
        using var client = _app.CreateCookieClient();
        var form = ReservationApp.ValidForm("formel@example.org");
        form["Name"] = "=HYPERLINK(\"http://evil.example\")";
        await client.SubmitAsync($"/reservieren/{_app.OfferA}", form, "#reservierung-formular");
        var token = ReservationApp.TokenIn((await _app.MailsAsync("formel@example.org")).Single().TextBody);
        await client.SubmitAsync($"/reservierung/{token}", [], "form[action$='/bestaetigen']");
        using var shop = await _app.CreateClientSignedInAsAsync(_app.MemberOfA);

        var response = await shop.GetAsync($"/betrieb/{_app.ListingA}/reservierungen.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("Nummer;Angebot;Name;E-Mail", csv, StringComparison.Ordinal);
        Assert.Contains(";\"'=HYPERLINK(\"\"http://evil.example\"\")\";", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_UnansweredRequest_IsCounted()
    {
        await _app.ReserveAndConfirmAsync(_app.OfferA);
        using var shop = await _app.CreateClientSignedInAsAsync(_app.MemberOfA);

        var dashboard = await shop.GetStringAsync("/betrieb");

        Assert.Contains("1 warten auf Ihre Antwort", dashboard, StringComparison.Ordinal);
        Assert.Contains($"/betrieb/{_app.ListingA}/reservierungen", dashboard, StringComparison.Ordinal);
    }
}
