using System.Net;
using HalloBot.Domain.Offers;
using HalloBot.Domain.Reservations;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Reservations;

/// <summary>What happens to reservations when the shop removes its offer, sells out, or the resident confirms late.</summary>
public sealed class ReservationOfferChangeTests : IAsyncLifetime
{
    private ReservationApp _app = null!;

    public async Task InitializeAsync() => _app = await ReservationApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task DeleteOffer_WithOpenReservations_DeclinesThemWithReasonMailsTheResidentsAndKeepsTheirPages()
    {
        var (_, requested) = await _app.ReserveAndConfirmAsync(_app.OfferA, "angefragt@example.org");
        var (acceptedToken, accepted) = await _app.ReserveAndConfirmAsync(_app.OfferA, "zugesagt@example.org");
        Assert.Equal(HttpStatusCode.Redirect, (await _app.AcceptAsync(_app.ListingA, _app.MemberOfA, accepted)).StatusCode);
        var unconfirmed = await _app.IdOfAsync(await _app.ReserveAsync(_app.OfferA, "unbestaetigt@example.org"));
        var (cancelledToken, cancelled) = await _app.ReserveAndConfirmAsync(_app.OfferA, "storniert@example.org");
        using (var resident = _app.CreateCookieClient())
        {
            await resident.SubmitAsync($"/reservierung/{cancelledToken}", [], "form[action$='/stornieren']");
        }

        using var shop = await _app.CreateClientSignedInAsAsync(_app.MemberOfA);
        var deleted = await shop.SubmitAsync($"/betrieb/{_app.ListingA}/angebote", [], $"form[action='/betrieb/{_app.ListingA}/angebote/{_app.OfferA}/loeschen']");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await _app.QueryAsync(db => db.Offers.AnyAsync(o => o.Id == _app.OfferA)));
        foreach (var id in new[] { requested, accepted, unconfirmed })
        {
            var r = await _app.ReservationAsync(id);
            Assert.Equal((ReservationStatus.Declined, "Angebot wurde entfernt", null, "Roggenbrot 1 kg"), (r.Status, r.ShopNote, r.OfferId, r.OfferTitle));
        }

        Assert.Equal(ReservationStatus.CancelledByResident, (await _app.ReservationAsync(cancelled)).Status);
        Assert.Contains("Angebot wurde entfernt", Assert.Single(await _app.MailsAsync("angefragt@example.org", "reservations.declined")).TextBody, StringComparison.Ordinal);
        Assert.Single(await _app.MailsAsync("zugesagt@example.org", "reservations.declined"));
        Assert.Empty(await _app.MailsAsync("unbestaetigt@example.org", "reservations.declined"));
        Assert.Empty(await _app.MailsAsync("storniert@example.org", "reservations.declined"));

        using var visitor = _app.CreateCookieClient();
        var page = await visitor.GetAsync($"/reservierung/{acceptedToken}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Roggenbrot 1 kg", html, StringComparison.Ordinal);
        Assert.Contains("Abgelehnt", html, StringComparison.Ordinal);
        Assert.Contains("Angebot wurde entfernt", html, StringComparison.Ordinal);
        Assert.Contains("Roggenbrot 1 kg", await shop.GetStringAsync($"/betrieb/{_app.ListingA}/reservierungen/{accepted}"), StringComparison.Ordinal);
        Assert.Contains("Roggenbrot 1 kg", await shop.GetStringAsync($"/betrieb/{_app.ListingA}/reservierungen.csv"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteOffer_AReservationArrivesWhileDeleting_DeletesAnywayAndClosesTheLateReservationToo()
    {
        var (_, requested) = await _app.ReserveAndConfirmAsync(_app.OfferA, "angefragt@example.org");
        int? late = null;
        _app.BeforeNextOfferRemoval(async () => late = await _app.IdOfAsync(await _app.ReserveAsync(_app.OfferA, "spaet@example.org")));

        using var shop = await _app.CreateClientSignedInAsAsync(_app.MemberOfA);
        var deleted = await shop.SubmitAsync($"/betrieb/{_app.ListingA}/angebote", [], $"form[action='/betrieb/{_app.ListingA}/angebote/{_app.OfferA}/loeschen']");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.EndsWith("?erledigt=geloescht", deleted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.NotNull(late);
        Assert.False(await _app.QueryAsync(db => db.Offers.AnyAsync(o => o.Id == _app.OfferA)));
        foreach (var id in new[] { requested, late.Value })
        {
            var r = await _app.ReservationAsync(id);
            Assert.Equal((ReservationStatus.Declined, null, "Roggenbrot 1 kg"), (r.Status, r.OfferId, r.OfferTitle));
        }

        Assert.Single(await _app.MailsAsync("angefragt@example.org", "reservations.declined"));
    }

    [Fact]
    public async Task DeleteOffer_AnotherMemberDeletesItMeanwhile_SaysDeleted()
    {
        _app.BeforeNextOfferRemoval(() => _app.QueryAsync(db => db.Offers.Where(o => o.Id == _app.OfferA).ExecuteDeleteAsync()));

        using var shop = await _app.CreateClientSignedInAsAsync(_app.MemberOfA);
        var deleted = await shop.SubmitAsync($"/betrieb/{_app.ListingA}/angebote", [], $"form[action='/betrieb/{_app.ListingA}/angebote/{_app.OfferA}/loeschen']");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.EndsWith("?erledigt=geloescht", deleted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.False(await _app.QueryAsync(db => db.Offers.AnyAsync(o => o.Id == _app.OfferA)));
    }

    [Fact]
    public async Task DeleteOffer_ReservationsKeepArriving_SaysSoAndChangesNothing()
    {
        var (_, requested) = await _app.ReserveAndConfirmAsync(_app.OfferA, "angefragt@example.org");
        var lateArrivals = 0;
        // Every attempt to remove the offer meets a reservation that was not there when it was read.
        void ArriveDuringNextRemoval() => _app.BeforeNextOfferRemoval(async () =>
        {
            await _app.ReserveAsync(_app.OfferA, $"spaet{++lateArrivals}@example.org");
            ArriveDuringNextRemoval();
        });
        ArriveDuringNextRemoval();

        using var shop = await _app.CreateClientSignedInAsAsync(_app.MemberOfA);
        var deleted = await shop.SubmitAsync($"/betrieb/{_app.ListingA}/angebote", [], $"form[action='/betrieb/{_app.ListingA}/angebote/{_app.OfferA}/loeschen']");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.EndsWith("?erledigt=nicht-geloescht", deleted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(3, lateArrivals);
        Assert.True(await _app.QueryAsync(db => db.Offers.AnyAsync(o => o.Id == _app.OfferA)));
        Assert.Equal(ReservationStatus.Requested, (await _app.ReservationAsync(requested)).Status);
        Assert.Empty(await _app.MailsAsync("angefragt@example.org", "reservations.declined"));
        var page = await shop.GetStringAsync(deleted.Headers.Location!.OriginalString);
        Assert.Contains("nicht gelöscht", page, StringComparison.Ordinal);
        Assert.Equal(3, _app.Log.Entries.Count(e => e.Message.StartsWith($"Deleting offer {_app.OfferA}:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SoldOut_OpenRequestStaysForTheShopButTheFormRefusesNewOnes()
    {
        var (_, id) = await _app.ReserveAndConfirmAsync(_app.OfferA);
        var unconfirmed = await _app.ReserveAsync(_app.OfferA, "spaet@example.org");
        await _app.SeedAsync(async db => (await db.Offers.SingleAsync(o => o.Id == _app.OfferA)).Availability = OfferAvailability.SoldOut);

        using var client = _app.CreateCookieClient();
        Assert.Contains("kann zurzeit nicht reserviert werden", await client.GetStringAsync($"/reservieren/{_app.OfferA}"), StringComparison.Ordinal);
        var form = ReservationApp.ValidForm("neu@example.org");
        form["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync("/barrierefreiheit");
        var before = await _app.ReservationCountAsync();
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/reservieren/{_app.OfferA}", new FormUrlEncodedContent(form))).StatusCode);
        Assert.Equal(before, await _app.ReservationCountAsync());

        // The confirmed request stays with the shop, which may still accept it.
        Assert.Equal(ReservationStatus.Requested, (await _app.ReservationAsync(id)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await _app.AcceptAsync(_app.ListingA, _app.MemberOfA, id)).StatusCode);
        Assert.Equal(ReservationStatus.Accepted, (await _app.ReservationAsync(id)).Status);

        // An unconfirmed one no longer reaches the shop when confirmed.
        using var late = _app.CreateCookieClient(followRedirects: true);
        var confirmed = await late.SubmitAsync($"/reservierung/{unconfirmed}", [], "form[action$='/bestaetigen']");
        Assert.Contains("kann inzwischen nicht mehr reserviert werden", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ReservationStatus.AwaitingConfirmation, (await _app.ReservationAsync(await _app.IdOfAsync(unconfirmed))).Status);
        Assert.Single(await _app.MailsAsync("anton@example.org", "reservations.new"));
    }

    [Fact]
    public async Task Confirm_AfterThePreferredDayPassed_SaysSoAndDoesNotReachTheShop()
    {
        _app.SetLocalTime(2026, 6, 1, 20);
        var token = await _app.ReserveAsync(_app.OfferA, "morgen@example.org", date: "2026-06-02");
        var shopMailsBefore = (await _app.MailsAsync("anton@example.org")).Count;

        _app.SetLocalTime(2026, 6, 3, 8);
        using var resident = _app.CreateCookieClient(followRedirects: true);
        var response = await resident.SubmitAsync($"/reservierung/{token}", [], "form[action$='/bestaetigen']");

        Assert.Contains("Ihr gewünschter Abholtag ist schon vorbei", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ReservationStatus.AwaitingConfirmation, (await _app.ReservationAsync(await _app.IdOfAsync(token))).Status);
        Assert.Equal(shopMailsBefore, (await _app.MailsAsync("anton@example.org")).Count);
    }
}
