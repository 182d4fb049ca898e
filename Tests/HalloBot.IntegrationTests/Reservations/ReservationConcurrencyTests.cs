using System.Net;
using HalloBot.Domain.Persistence;
using HalloBot.Domain.Reservations;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.IntegrationTests.Reservations;

/// <summary>Two people (or a person and a job) acting on one reservation at once: one wins, nobody sees a 500, no contradicting mails.</summary>
public sealed class ReservationConcurrencyTests : IAsyncLifetime
{
    private ReservationApp _app = null!;

    public async Task InitializeAsync() => _app = await ReservationApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Confirm_TwoClicksAtOnce_NeitherFailsAndTheShopIsToldOnce()
    {
        var token = await _app.ReserveAsync(_app.OfferA);
        using var first = _app.CreateCookieClient();
        using var second = _app.CreateCookieClient();
        var forms = await Task.WhenAll(FormFor(first, $"/reservierung/{token}"), FormFor(second, $"/reservierung/{token}"));

        var responses = await Task.WhenAll(
            first.PostAsync($"/reservierung/{token}/bestaetigen", forms[0]),
            second.PostAsync($"/reservierung/{token}/bestaetigen", forms[1]));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(ReservationStatus.Requested, (await _app.ReservationAsync(await _app.IdOfAsync(token))).Status);
        Assert.Single(await _app.MailsAsync("anton@example.org", "reservations.new"));
    }

    [Fact]
    public async Task Confirm_TwoOfOneAddressAtOnceWithOneBelowTheCap_OnlyOneReachesTheShop()
    {
        const string email = "doppelt@example.org";
        for (var i = 0; i < ReservationRules.MaxOpenPerEmail - 1; i++)
        {
            await _app.ReserveAndConfirmAsync(_app.OfferA, email);
        }

        var first = await _app.ReserveAsync(_app.OfferA, email);
        var second = await _app.ReserveAsync(_app.OfferB, email);
        using var firstClient = _app.CreateCookieClient();
        using var secondClient = _app.CreateCookieClient();
        var firstForm = await FormFor(firstClient, $"/reservierung/{first}");
        var secondForm = await FormFor(secondClient, $"/reservierung/{second}");

        // The second confirmation comes while the first is saving, after the first has counted: without a guard both
        // count two open ones and both go through.
        Task<HttpResponseMessage>? secondResponse = null;
        _app.BeforeNextConfirmationSave(async () =>
        {
            var started = _app.TransactionStartingFor($"/reservierung/{second}/bestaetigen");
            secondResponse = secondClient.PostAsync($"/reservierung/{second}/bestaetigen", secondForm);
            await Task.WhenAny(started, secondResponse);
        });
        var firstResponse = await firstClient.PostAsync($"/reservierung/{first}/bestaetigen", firstForm);

        Assert.NotNull(secondResponse);
        Assert.Equal(HttpStatusCode.Redirect, firstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await secondResponse).StatusCode);
        var statuses = await _app.QueryAsync(db => db.Reservations.Where(r => r.Email == email).Select(r => r.Status).ToListAsync());
        Assert.Equal(ReservationRules.MaxOpenPerEmail, statuses.Count(s => s == ReservationStatus.Requested));
        Assert.Equal(ReservationStatus.Requested, (await _app.ReservationAsync(await _app.IdOfAsync(first))).Status);
        Assert.Equal(ReservationStatus.AwaitingConfirmation, (await _app.ReservationAsync(await _app.IdOfAsync(second))).Status);
        Assert.Empty(await _app.MailsAsync("berta@example.org", "reservations.new"));
        Assert.Contains("schon 3 Reservierungen offen", await secondClient.GetStringAsync($"/reservierung/{second}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelAndAccept_AtOnce_NeitherFailsAndTheMailsMatchTheOutcome()
    {
        var (token, id) = await _app.ReserveAndConfirmAsync(_app.OfferA);
        using var shop = await _app.CreateClientSignedInAsAsync(_app.MemberOfA);
        using var resident = _app.CreateCookieClient();
        var shopForm = await shop.AntiforgeryTokenAsync($"/betrieb/{_app.ListingA}/reservierungen/{id}");
        var residentForm = await FormFor(resident, $"/reservierung/{token}");

        var responses = await Task.WhenAll(
            shop.PostAsync($"/betrieb/{_app.ListingA}/reservierungen/{id}/annehmen", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = shopForm, ["PickupDate"] = "2026-06-03", ["PickupFrom"] = "10:00", ["PickupUntil"] = "12:00",
            })),
            resident.PostAsync($"/reservierung/{token}/stornieren", residentForm));

        Assert.All(responses, r => Assert.True((int)r.StatusCode < 500, $"{(int)r.StatusCode} from {r.RequestMessage?.RequestUri}"));
        var outcome = (await _app.ReservationAsync(id)).Status;
        var cancelledMails = await _app.MailsAsync("anton@example.org", "reservations.cancelled");
        var acceptedMails = await _app.MailsAsync("erika@example.org", "reservations.accepted");
        Assert.Contains(outcome, new[] { ReservationStatus.Accepted, ReservationStatus.CancelledByResident });
        if (outcome == ReservationStatus.Accepted)
        {
            Assert.Single(acceptedMails);
            Assert.Empty(cancelledMails);
        }
        else
        {
            // Cancelled: either before the shop's answer (which then changed nothing) or after it (both mails are true).
            Assert.Single(cancelledMails);
            Assert.True(acceptedMails.Count <= 1);
        }
    }

    [Fact]
    public async Task Save_ChangedSinceItWasRead_IsRefusedByTheStatusToken()
    {
        var (token, id) = await _app.ReserveAndConfirmAsync(_app.OfferA);
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HalloBotDbContext>();
        var stale = await db.Reservations.SingleAsync(r => r.Id == id);

        using (var resident = _app.CreateCookieClient())
        {
            await resident.SubmitAsync($"/reservierung/{token}", [], "form[action$='/stornieren']");
        }

        stale.Accept(new PickupWindow(new DateOnly(2026, 6, 3), new TimeOnly(10, 0), new TimeOnly(12, 0)), null,
            _app.Clock.GetUtcNow().UtcDateTime, scope.ServiceProvider.GetRequiredService<WorkingDays>());
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        Assert.Equal(ReservationStatus.CancelledByResident, (await _app.ReservationAsync(id)).Status);
    }

    [Fact]
    public async Task Accept_AfterTheHoldLapsedButBeforeTheJob_SaysNotPossibleAndMailsNothing()
    {
        _app.SetLocalTime(2026, 6, 1, 10);
        var (_, id) = await _app.ReserveAndConfirmAsync(_app.OfferA, date: "2026-06-01");
        _app.SetLocalTime(2026, 6, 6, 9); // three working days after Monday (Thursday is a holiday) have passed: it lapsed

        // The page offers no answer any more; a form opened before (or a second tab) still posts one.
        using var shop = await _app.CreateClientSignedInAsAsync(_app.MemberOfA);
        var page = await shop.GetStringAsync($"/betrieb/{_app.ListingA}/reservierungen/{id}");
        Assert.DoesNotContain("/annehmen", page, StringComparison.Ordinal);
        Assert.Contains("Abgelaufen", page, StringComparison.Ordinal);
        var response = await shop.PostAsync($"/betrieb/{_app.ListingA}/reservierungen/{id}/annehmen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await shop.AntiforgeryTokenAsync($"/betrieb/{_app.ListingA}/angebote/neu"),
            ["PickupDate"] = "2026-06-06", ["PickupFrom"] = "10:00", ["PickupUntil"] = "12:00",
        }));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("nicht möglich", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await _app.MailsAsync("erika@example.org", "reservations.accepted"));
        Assert.Equal(1, await _app.RunAsync<Jobs.Reservations.ReservationExpiryJob>(j => j.ExecuteAsync(CancellationToken.None)));
        Assert.Single(await _app.MailsAsync("erika@example.org", "reservations.expired"));
    }

    private static async Task<FormUrlEncodedContent> FormFor(HttpClient client, string page) =>
        new([new("__RequestVerificationToken", await client.AntiforgeryTokenAsync(page))]);
}
