using System.Net;
using AngleSharp.Html.Parser;
using HalloBot.IntegrationTests.Infrastructure;

namespace HalloBot.IntegrationTests.Reservations;

/// <summary>The limits per address and per client: nobody can lock someone else out, and nobody can start reservations without end.</summary>
public sealed class ReservationLimitTests
{
    [Fact]
    public async Task Submit_SixthWithinTheHourFromOneAddress_IsRefusedAtTheEmailFieldUntilTheHourIsOver()
    {
        await using var app = await ReservationApp.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            await app.ReserveAsync(app.OfferA, "eilig@example.org");
        }

        var before = await app.ReservationCountAsync();
        using var client = app.CreateCookieClient();
        var sixth = await client.SubmitAsync($"/reservieren/{app.OfferA}", ReservationApp.ValidForm("Eilig@Example.org"), "#reservierung-formular");

        Assert.Equal(HttpStatusCode.BadRequest, sixth.StatusCode);
        var document = new HtmlParser().ParseDocument(await sixth.Content.ReadAsStringAsync());
        Assert.Contains("in der letzten Stunde zu viele Reservierungen", document.QuerySelector("#Email-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await app.ReservationCountAsync());

        app.Clock.AdjustTime(app.Clock.GetUtcNow() + TimeSpan.FromMinutes(61));
        await app.ReserveAsync(app.OfferA, "eilig@example.org");
        Assert.Equal(before + 1, await app.ReservationCountAsync());
    }

    [Fact]
    public async Task Submit_UnconfirmedReservationsSomeoneStartedForAnAddress_DoNotLockItsOwnerOut()
    {
        await using var app = await ReservationApp.StartAsync();
        for (var i = 0; i < 4; i++)
        {
            await app.ReserveAsync(app.OfferB, "opfer@example.org");
        }

        var (_, id) = await app.ReserveAndConfirmAsync(app.OfferA, "opfer@example.org");

        Assert.Equal(Domain.Reservations.ReservationStatus.Requested, (await app.ReservationAsync(id)).Status);
    }

    [Fact]
    public async Task Submit_OverThePerClientLimit_Is429WithRetryAfterAndCreatesNothing()
    {
        await using var app = await ReservationApp.StartAsync(reservationsLimit: 2);
        await app.ReserveAsync(app.OfferA, "eins@example.org");
        await app.ReserveAsync(app.OfferA, "zwei@example.org");
        var before = await app.ReservationCountAsync();

        using var client = app.CreateCookieClient();
        var third = await client.SubmitAsync($"/reservieren/{app.OfferA}", ReservationApp.ValidForm("drei@example.org"), "#reservierung-formular");

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);
        Assert.Equal(before, await app.ReservationCountAsync());
        Assert.Empty(await app.MailsAsync("drei@example.org"));
    }
}
