using System.Net;
using AngleSharp.Html.Parser;
using HalloBot.Domain.Reservations;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.Jobs.Reservations;
using Microsoft.EntityFrameworkCore;

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

        Assert.Equal(ReservationStatus.Requested, (await app.ReservationAsync(id)).Status);
    }

    [Fact]
    public async Task Confirm_BeyondTheCapOfOpenReservations_RefusedWithWhatToDoAndNothingChanges()
    {
        await using var app = await ReservationApp.StartAsync();
        const string email = "fuenfmal@example.org";
        var tokens = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            tokens.Add(await app.ReserveAsync(i % 2 == 0 ? app.OfferA : app.OfferB, email));
        }

        foreach (var token in tokens.Take(ReservationRules.MaxOpenPerEmail))
        {
            using var client = app.CreateCookieClient();
            await ConfirmAsync(client, token);
        }

        var before = await app.QueryAsync(db => db.Reservations.AsNoTracking().OrderBy(r => r.Id).ToListAsync());
        var shopMailsBefore = await app.QueryAsync(db => db.OutgoingMails.CountAsync(m => m.Kind == ReservationMailKinds.NewRequest));
        Assert.Equal(ReservationRules.MaxOpenPerEmail, shopMailsBefore);

        using var german = app.CreateCookieClient();
        var refused = await ConfirmAsync(german, tokens[3]);
        using var english = app.CreateCookieClient();
        await english.GetAsync("/sprache/en?zurueck=%2F");
        var refusedInEnglish = await ConfirmAsync(english, tokens[4]);

        var notice = refused.QuerySelector(".notice")?.TextContent;
        Assert.Contains("schon 3 Reservierungen offen", notice, StringComparison.Ordinal);
        Assert.Contains("nicht an das Geschäft gegangen", notice, StringComparison.Ordinal);
        Assert.Contains("stornieren Sie zuerst eine der anderen", notice, StringComparison.Ordinal);
        Assert.NotNull(refused.QuerySelector("form[action$='/bestaetigen']"));
        Assert.Contains("already has 3 open reservations", refusedInEnglish.QuerySelector(".notice")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("first cancel one of the others", refusedInEnglish.QuerySelector(".notice")?.TextContent, StringComparison.Ordinal);
        var after = await app.QueryAsync(db => db.Reservations.AsNoTracking().OrderBy(r => r.Id).ToListAsync());
        Assert.Equal(
            before.Select(r => (r.Id, r.Status, r.ConfirmedAt, r.ExpiresAt, r.ReminderDueAt)),
            after.Select(r => (r.Id, r.Status, r.ConfirmedAt, r.ExpiresAt, r.ReminderDueAt)));
        Assert.Equal(2, after.Count(r => r.Status == ReservationStatus.AwaitingConfirmation));
        Assert.Equal(shopMailsBefore, await app.QueryAsync(db => db.OutgoingMails.CountAsync(m => m.Kind == ReservationMailKinds.NewRequest)));
    }

    /// <summary>Confirms through the private page as the resident would; returns the page shown after the redirect.</summary>
    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> ConfirmAsync(HttpClient client, string token)
    {
        var response = await client.SubmitAsync($"/reservierung/{token}", [], "form[action$='/bestaetigen']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return new HtmlParser().ParseDocument(await client.GetStringAsync($"/reservierung/{token}"));
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
