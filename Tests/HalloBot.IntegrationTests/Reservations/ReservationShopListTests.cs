using System.Net;
using AngleSharp.Html.Parser;
using HalloBot.Domain.Reservations;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.Web.Features.Business;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.IntegrationTests.Reservations;

/// <summary>The shop's list: unconfirmed reservations are nowhere, and a long list is paged by the database.</summary>
public sealed class ReservationShopListTests : IAsyncLifetime
{
    private ReservationApp _app = null!;

    public async Task InitializeAsync() => _app = await ReservationApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Shop_UnconfirmedReservation_IsInNoListExportOrCountAndCannotBeActedOn()
    {
        var id = await _app.IdOfAsync(await _app.ReserveAsync(_app.OfferA, "heimlich@example.org"));
        using var shop = await _app.CreateClientSignedInAsAsync(_app.MemberOfA);

        var list = await shop.GetStringAsync($"/betrieb/{_app.ListingA}/reservierungen");
        var csv = await shop.GetStringAsync($"/betrieb/{_app.ListingA}/reservierungen.csv");
        var dashboard = await shop.GetStringAsync("/betrieb");
        var detail = await shop.GetAsync($"/betrieb/{_app.ListingA}/reservierungen/{id}");

        Assert.DoesNotContain($"/reservierungen/{id}\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("heimlich@example.org", csv, StringComparison.Ordinal);
        Assert.Single(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("keine unbeantworteten", dashboard, StringComparison.Ordinal);
        Assert.Contains("0 offen", dashboard, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        var antiforgery = await shop.AntiforgeryTokenAsync($"/betrieb/{_app.ListingA}/reservierungen");
        foreach (var action in new[] { "annehmen", "anderer-termin", "ablehnen", "abgeholt", "nicht-abgeholt" })
        {
            var response = await shop.PostAsync($"/betrieb/{_app.ListingA}/reservierungen/{id}/{action}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = antiforgery, ["PickupDate"] = "2026-06-03", ["PickupFrom"] = "10:00", ["PickupUntil"] = "12:00", ["Note"] = "x",
            }));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.Equal(ReservationStatus.AwaitingConfirmation, (await _app.ReservationAsync(id)).Status);
        Assert.Equal(["reservations.confirm"], (await _app.MailsAsync("heimlich@example.org")).Select(m => m.Kind));
        Assert.Empty(await _app.MailsAsync("anton@example.org"));
    }

    [Fact]
    public async Task List_MoreThanAPage_TodaysPickupsFirstLapsedHoldsExpiredAndPagesLinked()
    {
        var days = _app.Services.GetRequiredService<WorkingDays>();
        var now = _app.Clock.GetUtcNow().UtcDateTime; // Monday 1 June 2026, 10:00
        var today = new DateOnly(2026, 6, 1);
        var ordinary = Enumerable.Range(0, 52).Select(i => New(i, now.AddMinutes(-i), new DateOnly(2026, 6, 10))).ToList();
        var pickupToday = New(100, now.AddHours(-3), today);
        var proposedToday = New(101, now.AddHours(-4), new DateOnly(2026, 6, 2));
        var lapsed = New(102, now.AddDays(-10), new DateOnly(2026, 5, 22));
        foreach (var r in ordinary.Append(pickupToday).Append(proposedToday))
        {
            r.Confirm(r.CreatedAt, days);
        }

        lapsed.Confirm(lapsed.CreatedAt, days);
        pickupToday.Accept(new PickupWindow(today, new TimeOnly(16, 0), new TimeOnly(18, 0)), null, now, days);
        proposedToday.ProposeOtherTime(new PickupWindow(today, new TimeOnly(17, 0), new TimeOnly(18, 0)), null, now, days);
        await _app.SeedAsync(db =>
        {
            db.Reservations.AddRange([.. ordinary, pickupToday, proposedToday, lapsed]);
            return Task.CompletedTask;
        });
        using var shop = await _app.CreateClientSignedInAsAsync(_app.MemberOfB);
        var path = $"/betrieb/{_app.ListingB}/reservierungen";

        var first = new HtmlParser().ParseDocument(await shop.GetStringAsync(path));
        var second = new HtmlParser().ParseDocument(await shop.GetStringAsync($"{path}?seite=2"));

        var firstRows = first.QuerySelectorAll("tbody tr").Select(Link).ToList();
        Assert.Equal(50, firstRows.Count);
        Assert.Equal([$"{path}/{pickupToday.Id}", $"{path}/{proposedToday.Id}"], firstRows.Take(2));
        Assert.NotNull(first.QuerySelector($"a[rel='next'][href='{path}?seite=2']"));
        var secondRows = second.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(5, secondRows.Count);
        Assert.NotNull(second.QuerySelector($"a[rel='prev'][href='{path}']"));
        var lapsedRow = Assert.Single(secondRows, r => Link(r) == $"{path}/{lapsed.Id}");
        Assert.Contains("Abgelaufen", lapsedRow.TextContent, StringComparison.Ordinal);
        Assert.Equal(55, firstRows.Concat(secondRows.Select(Link)).Distinct().Count());

        var expired = await shop.GetStringAsync($"{path}?status=Expired");
        var requested = await shop.GetStringAsync($"{path}?status=Requested&seite=2");
        Assert.Contains($"{path}/{lapsed.Id}\"", expired, StringComparison.Ordinal);
        Assert.DoesNotContain($"{path}/{lapsed.Id}\"", requested, StringComparison.Ordinal);
        Assert.NotNull(new HtmlParser().ParseDocument(requested).QuerySelector($"a[rel='prev'][href='{path}?status=Requested']"));
    }

    private Reservation New(int n, DateTime createdAt, DateOnly preferred) => new(
        new ReservationRequest($"Kundin {n}", $"kundin{n}@example.org", null, 1, preferred, null, "de"),
        _app.OfferB, "Apfelkuchen", _app.ListingB, 2, InvitationToken.Hash($"seed-{n}"), null, createdAt);

    private static string? Link(AngleSharp.Dom.IElement row) => row.QuerySelector("th a")?.GetAttribute("href");
}
