using System.Net;
using AngleSharp.Html.Parser;
using HalloBot.Domain.Reservations;
using HalloBot.IntegrationTests.Infrastructure;

namespace HalloBot.IntegrationTests.Reservations;

public sealed class ReservationAppFixture : IAsyncLifetime
{
    public ReservationApp App { get; private set; } = null!;

    public async Task InitializeAsync() => App = await ReservationApp.StartAsync();

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>The form: what it creates, what it refuses, and that a refusal creates nothing.</summary>
public sealed class ReservationFormTests(ReservationAppFixture fixture) : IClassFixture<ReservationAppFixture>
{
    private ReservationApp App => fixture.App;

    [Fact]
    public async Task Submit_ValidForm_CreatesAnUnconfirmedReservationAndMailsTheLink()
    {
        var token = await App.ReserveAsync(App.OfferA, "valid@example.org");

        var reservation = await App.ReservationAsync(await App.IdOfAsync(token));
        Assert.Equal(ReservationStatus.AwaitingConfirmation, reservation.Status);
        Assert.Equal(("Erika Mustermann", 2, new DateOnly(2026, 6, 3)), (reservation.Name, reservation.Quantity, reservation.PreferredPickupDate));
        Assert.NotEqual(token, reservation.TokenHash);
        Assert.DoesNotContain(token, reservation.TokenHash, StringComparison.Ordinal);
        var mail = Assert.Single(await App.MailsAsync("valid@example.org"));
        Assert.Contains("Roggenbrot 1 kg", mail.Subject, StringComparison.Ordinal);
        Assert.Null(mail.UnsubscribeUrl);
        // The shop hears nothing before the resident confirms.
        Assert.Empty(await App.MailsAsync("anton@example.org"));
    }

    public static TheoryData<string, string, string> InvalidFields => new()
    {
        { "Quantity", "0", "Die Menge muss zwischen 1 und 99 liegen." },
        { "Quantity", "zwei", "Bitte geben Sie die Menge als ganze Zahl an" },
        { "PreferredPickupDate", "2026-05-31", "Der Abholtag liegt in der Vergangenheit" },
        { "PreferredPickupDate", "31.02.2026", "Das ist kein gültiges Datum" },
        { "Message", new string('x', 10_000), "Zu lang: höchstens 1000 Zeichen, eingegeben sind 10000." },
        { "Name", "<script>alert('x')</script>", "Der Name darf keine spitzen Klammern (&lt; &gt;) enthalten." },
        { "Name", "", "Bitte geben Sie Ihren Namen an." },
        { "Email", "erika.example.org", "Das ist keine gültige E-Mail-Adresse" },
        { "Email", "erika@example.org\r\nBcc: x@example.org", "Das ist keine gültige E-Mail-Adresse" },
        { "Phone", "bitte anrufen", "Bitte geben Sie eine Telefonnummer aus Ziffern an" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Submit_InvalidField_ShowsTheGermanErrorAtTheFieldAndCreatesNothing(string field, string value, string error)
    {
        var before = await App.ReservationCountAsync();
        using var client = App.CreateCookieClient();
        var form = ReservationApp.ValidForm($"invalid-{field.ToLowerInvariant()}@example.org");
        form[field] = value;

        var response = await client.SubmitAsync($"/reservieren/{App.OfferA}", form, "#reservierung-formular");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var document = new HtmlParser().ParseDocument(html);
        var fieldError = document.QuerySelector($"#{field}-error")?.InnerHtml ?? "";
        Assert.Contains(error, fieldError, StringComparison.Ordinal);
        Assert.Equal("true", document.QuerySelector($"#{field}")?.GetAttribute("aria-invalid"));
        Assert.Single(document.QuerySelectorAll(".field__error"));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Equal(before, await App.ReservationCountAsync());
        Assert.Empty(await App.MailsAsync(form["Email"]));
    }

    [Fact]
    public async Task Submit_Honeypot_LooksLikeSuccessAndCreatesNothing()
    {
        var before = await App.ReservationCountAsync();
        using var client = App.CreateCookieClient();
        var form = ReservationApp.ValidForm("robot@example.org");
        form["Website"] = "https://spam.example";

        var response = await client.SubmitAsync($"/reservieren/{App.OfferA}", form, "#reservierung-formular");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/reservieren/gesendet", response.Headers.Location?.OriginalString);
        Assert.Equal(before, await App.ReservationCountAsync());
        Assert.Empty(await App.MailsAsync("robot@example.org"));
    }

    [Fact]
    public async Task Submit_FourthOpenReservationOfOneAddress_IsRefusedAtTheEmailField()
    {
        const string email = "Viel.Reserviert@example.org";
        for (var i = 0; i < ReservationRules.MaxOpenPerEmail; i++)
        {
            await App.ReserveAndConfirmAsync(App.OfferB, email);
        }

        var before = await App.ReservationCountAsync();
        using var client = App.CreateCookieClient();
        var form = ReservationApp.ValidForm(email.ToUpperInvariant());
        var response = await client.SubmitAsync($"/reservieren/{App.OfferB}", form, "#reservierung-formular");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("schon 3 Reservierungen offen", document.QuerySelector("#Email-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await App.ReservationCountAsync());
    }

    [Fact]
    public async Task Submit_OfferNotReservable_CreatesNothing()
    {
        var before = await App.ReservationCountAsync();
        using var client = App.CreateCookieClient();
        var page = await client.GetStringAsync($"/reservieren/{App.NotReservableOffer}");
        Assert.Contains("kann zurzeit nicht reserviert werden", page, StringComparison.Ordinal);
        var token = await client.AntiforgeryTokenAsync("/barrierefreiheit");

        var form = ReservationApp.ValidForm("closed@example.org");
        form["__RequestVerificationToken"] = token;
        var response = await client.PostAsync($"/reservieren/{App.NotReservableOffer}", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(before, await App.ReservationCountAsync());
    }

    [Fact]
    public async Task Form_UnknownOffer_Is404()
    {
        using var client = App.CreateCookieClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/reservieren/99999")).StatusCode);
    }

    [Fact]
    public async Task Submit_WithoutAntiforgeryToken_IsRefused()
    {
        using var client = App.CreateCookieClient();

        var response = await client.PostAsync($"/reservieren/{App.OfferA}", new FormUrlEncodedContent(ReservationApp.ValidForm("csrf@example.org")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await App.MailsAsync("csrf@example.org"));
    }
}

/// <summary>The English site: the resident's own choice of language carries through the form and into the mails.</summary>
public sealed class ReservationEnglishTests
{
    [Fact]
    public async Task Submit_OnTheEnglishSite_FieldErrorInEnglishAndConfirmationMailSentInEnglish()
    {
        await using var smtp = await HalloBot.Tests.Shared.SmtpServer.StartAsync();
        await using var app = await ReservationApp.StartAsync(smtp: smtp);
        using var resident = app.CreateCookieClient();
        var switched = await resident.GetAsync($"/sprache/en?zurueck=%2Freservieren%2F{app.OfferA}");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);

        var bad = ReservationApp.ValidForm("english@example.org");
        bad["Quantity"] = "0";
        var refused = await resident.SubmitAsync($"/reservieren/{app.OfferA}", bad, "#reservierung-formular");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var document = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("The quantity must be between 1 and 99.", document.QuerySelector("#Quantity-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.ReservationCountAsync());

        var sent = await resident.SubmitAsync($"/reservieren/{app.OfferA}", ReservationApp.ValidForm("english@example.org"), "#reservierung-formular");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var mail = Assert.Single(await smtp.WaitForMessagesAsync(1), m => m.To.Mailboxes.Any(b => b.Address == "english@example.org"));
        Assert.Equal("Please confirm your reservation: Roggenbrot 1 kg", mail.Subject);
        Assert.Contains("You would like to reserve “Roggenbrot 1 kg” (quantity 2) at Bäckerei Anton", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("View and confirm the reservation", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Bitte bestätigen", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal("en", (await app.ReservationAsync(await app.IdOfAsync(ReservationApp.TokenIn(mail.TextBody!)))).Culture);
    }
}
