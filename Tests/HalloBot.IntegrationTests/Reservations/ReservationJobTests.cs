using HalloBot.Domain.Reservations;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.Jobs.Reservations;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Reservations;

/// <summary>
/// The recurring jobs against the real database at the moments that matter, with the site's fake clock: around
/// Fronleichnam (Thursday 4 June 2026, a holiday in NRW) and the weekend after it.
/// </summary>
public sealed class ReservationJobTests : IAsyncLifetime
{
    private ReservationApp _app = null!;

    public async Task InitializeAsync() => _app = await ReservationApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Reminder_ConfirmedBeforeTheHoliday_RemindsOnFridayAtTheSameTimeOnce()
    {
        _app.SetLocalTime(2026, 6, 3, 15);
        var (_, id) = await _app.ReserveAndConfirmAsync(_app.OfferA, date: "2026-06-06");

        _app.SetLocalTime(2026, 6, 4, 16); // the holiday: more than 24 hours, but no working day yet
        Assert.Equal(0, await Remind());
        _app.SetLocalTime(2026, 6, 5, 14, 59);
        Assert.Equal(0, await Remind());
        _app.SetLocalTime(2026, 6, 5, 15);
        Assert.Equal(1, await Remind());
        _app.SetLocalTime(2026, 6, 6, 15);
        Assert.Equal(0, await Remind());

        var reminder = Assert.Single(await _app.MailsAsync("anton@example.org", ReservationMailKinds.Reminder));
        Assert.Contains("seit einem Werktag unbeantwortet", reminder.TextBody, StringComparison.Ordinal);
        Assert.Equal(ReservationApp.Local(2026, 6, 5, 15), (await _app.ReservationAsync(id)).ShopRemindedAt);
    }

    [Fact]
    public async Task Reminder_ConfirmedOnSunday_RemindsOnlyAfterAllOfMonday()
    {
        _app.SetLocalTime(2026, 6, 7, 11);
        await _app.ReserveAndConfirmAsync(_app.OfferA, date: "2026-06-09");

        _app.SetLocalTime(2026, 6, 8, 23, 59);
        Assert.Equal(0, await Remind());
        _app.SetLocalTime(2026, 6, 9, 0);
        Assert.Equal(1, await Remind());
    }

    [Fact]
    public async Task Reminder_AnsweredInTime_SendsNone()
    {
        _app.SetLocalTime(2026, 6, 6, 9);
        var (_, id) = await _app.ReserveAndConfirmAsync(_app.OfferA, date: "2026-06-08");
        using var shop = await _app.CreateClientSignedInAsAsync(_app.MemberOfA);
        await shop.SubmitAsync($"/betrieb/{_app.ListingA}/reservierungen/{id}",
            new Dictionary<string, string> { ["Note"] = "Geschlossen." }, "form[action$='/ablehnen']");

        _app.SetLocalTime(2026, 6, 9, 9);

        Assert.Equal(0, await Remind());
        Assert.Empty(await _app.MailsAsync("anton@example.org", ReservationMailKinds.Reminder));
    }

    [Fact]
    public async Task Expiry_HoldFromFridayForTwoWorkingDays_EndsWithSaturday()
    {
        _app.SetLocalTime(2026, 6, 3, 9);
        var (_, id) = await _app.ReserveAndConfirmAsync(_app.OfferA, date: "2026-06-05");
        using var shop = await _app.CreateClientSignedInAsAsync(_app.MemberOfA);
        await shop.SubmitAsync($"/betrieb/{_app.ListingA}/reservierungen/{id}",
            new Dictionary<string, string> { ["PickupDate"] = "2026-06-05", ["PickupFrom"] = "09:00", ["PickupUntil"] = "12:00" }, "form[action$='/annehmen']");

        // Two working days from Friday 5 June: Friday and Saturday (a working day in German retail, as the issue's "working
        // days know Sundays and NRW holidays" has it); the hold is over as Sunday begins.
        _app.SetLocalTime(2026, 6, 6, 23, 59);
        Assert.Equal(0, await Expire());
        _app.SetLocalTime(2026, 6, 7, 0);
        Assert.Equal(1, await Expire());

        Assert.Equal(ReservationStatus.Expired, (await _app.ReservationAsync(id)).Status);
        Assert.Single(await _app.MailsAsync("erika@example.org", ReservationMailKinds.Expired));
        Assert.Equal(0, await Expire());
    }

    [Fact]
    public async Task Expiry_UnansweredAcrossHolidayAndWeekend_LapsesAfterThreeWorkingDays()
    {
        // Confirmed Wednesday 3 June; working days after it: Fri 5, Sat 6, Mon 8 (Thursday is Fronleichnam, then Sunday).
        _app.SetLocalTime(2026, 6, 3, 12);
        var (_, id) = await _app.ReserveAndConfirmAsync(_app.OfferA, date: "2026-06-04");

        _app.SetLocalTime(2026, 6, 8, 23, 59);
        Assert.Equal(0, await Expire());
        _app.SetLocalTime(2026, 6, 9, 0);
        Assert.Equal(1, await Expire());
        Assert.Equal(ReservationStatus.Expired, (await _app.ReservationAsync(id)).Status);
    }

    [Fact]
    public async Task Expiry_UnconfirmedAfter48Hours_LapsesWithoutMail()
    {
        _app.SetLocalTime(2026, 6, 1, 10);
        var token = await _app.ReserveAsync(_app.OfferA, "unbestaetigt@example.org");

        _app.SetLocalTime(2026, 6, 3, 9, 59);
        Assert.Equal(0, await Expire());
        _app.SetLocalTime(2026, 6, 3, 10);
        Assert.Equal(1, await Expire());

        Assert.Equal(ReservationStatus.Expired, (await _app.ReservationAsync(await _app.IdOfAsync(token))).Status);
        Assert.Single(await _app.MailsAsync("unbestaetigt@example.org"));
        using var client = _app.CreateCookieClient();
        Assert.DoesNotContain("/bestaetigen", await client.GetStringAsync($"/reservierung/{token}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasure_NinetyDaysAfterClosing_BlanksTheResidentAndTheirMails()
    {
        _app.SetLocalTime(2026, 6, 1, 10);
        var (token, id) = await _app.ReserveAndConfirmAsync(_app.OfferA, "loeschen@example.org");
        using var client = _app.CreateCookieClient();
        await client.SubmitAsync($"/reservierung/{token}", [], "form[action$='/stornieren']");

        Assert.NotNull((await _app.ReservationAsync(id)).ProtectedToken);

        // AdjustTime: Advance would fire every periodic timer of the host once per period over the 90 days (minutes of work).
        _app.Clock.AdjustTime(_app.Clock.GetUtcNow() + TimeSpan.FromDays(90) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await _app.RunAsync<ReservationDataErasureJob>(j => j.ExecuteAsync(CancellationToken.None)));
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await _app.RunAsync<ReservationDataErasureJob>(j => j.ExecuteAsync(CancellationToken.None)));

        var erased = await _app.ReservationAsync(id);
        Assert.Equal(("", "", null, null, null), (erased.Name, erased.Email, erased.Phone, erased.Message, erased.ProtectedToken));
        Assert.Equal(2, erased.Quantity);
        Assert.Empty(await _app.MailsAsync("loeschen@example.org"));
        var prefix = $"reservation:{id}:";
        Assert.False(await _app.QueryAsync(db => db.OutgoingMails.AnyAsync(m => m.DeduplicationKey.StartsWith(prefix))));
    }

    private Task<int> Remind() => _app.RunAsync<ReservationReminderJob>(j => j.ExecuteAsync(CancellationToken.None));

    private Task<int> Expire() => _app.RunAsync<ReservationExpiryJob>(j => j.ExecuteAsync(CancellationToken.None));
}
