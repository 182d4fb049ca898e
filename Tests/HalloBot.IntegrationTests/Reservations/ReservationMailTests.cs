using System.Net;
using HalloBot.Domain.Mail;
using HalloBot.IntegrationTests.Indexing;
using HalloBot.IntegrationTests.Infrastructure;

namespace HalloBot.IntegrationTests.Reservations;

/// <summary>Every resident mail leads back to the private page; every status mail can be switched off by kind, with one click.</summary>
public sealed class ReservationMailTests : IAsyncLifetime
{
    private ReservationApp _app = null!;

    public async Task InitializeAsync() => _app = await ReservationApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AcceptedMail_CarriesAWorkingLinkToThePrivatePage()
    {
        var (token, id) = await _app.ReserveAndConfirmAsync(_app.OfferA);
        await _app.AcceptAsync(_app.ListingA, _app.MemberOfA, id, from: "10:00", until: "12:30");

        var mail = Assert.Single(await _app.MailsAsync("erika@example.org", "reservations.accepted"));
        Assert.Equal(token, ReservationApp.TokenIn(mail.TextBody));
        Assert.Contains($"/reservierung/{token}\"", mail.HtmlBody, StringComparison.Ordinal);
        var link = new Uri(mail.TextBody.Split('\n').Single(l => l.Contains("/reservierung/", StringComparison.Ordinal)).Trim());
        using var client = _app.CreateCookieClient();
        var page = await client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Zugesagt", html, StringComparison.Ordinal);
        Assert.Contains("10:00–12:30 Uhr", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsubscribe_OneClickFromAcceptedMails_SuppressesTheNextOfThatKindOnly()
    {
        const string resident = "abbestellen@example.org";
        var (token, first) = await _app.ReserveAndConfirmAsync(_app.OfferA, resident);
        await _app.AcceptAsync(_app.ListingA, _app.MemberOfA, first);
        var accepted = Assert.Single(await _app.MailsAsync(resident, "reservations.accepted"));
        var shopMail = Assert.Single(await _app.MailsAsync("anton@example.org", "reservations.new"));
        Assert.NotNull(accepted.UnsubscribeUrl);
        Assert.NotNull(shopMail.UnsubscribeUrl);
        Assert.Contains(accepted.UnsubscribeUrl, accepted.TextBody, StringComparison.Ordinal);

        // As sent: the RFC 8058 headers a mail client needs for its one-click button.
        MimeKit.MimeMessage? sent = null;
        await Eventually.HoldsAsync(() => Task.FromResult((sent = SentMail(resident, "reservations.accepted")) is not null), "the acceptance is sent");
        Assert.Equal($"<{accepted.UnsubscribeUrl}>", sent!.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", sent.Headers["List-Unsubscribe-Post"]);
        MimeKit.MimeMessage? sentToShop = null;
        await Eventually.HoldsAsync(() => Task.FromResult((sentToShop = SentMail("anton@example.org", "reservations.new")) is not null), "the shop's notice is sent");
        Assert.Equal($"<{shopMail.UnsubscribeUrl}>", sentToShop!.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", sentToShop.Headers["List-Unsubscribe-Post"]);

        // The mail client's one-click POST: no cookie, no antiforgery token.
        using (var mailClient = _app.CreateCookieClient())
        {
            var unsubscribed = await mailClient.PostAsync(new Uri(accepted.UnsubscribeUrl).PathAndQuery,
                new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
            Assert.Equal(HttpStatusCode.OK, unsubscribed.StatusCode);
        }

        var (_, second) = await _app.ReserveAndConfirmAsync(_app.OfferB, resident);
        await _app.AcceptAsync(_app.ListingB, _app.MemberOfB, second);
        using (var shop = await _app.CreateClientSignedInAsAsync(_app.MemberOfA))
        {
            await shop.SubmitAsync($"/betrieb/{_app.ListingA}/reservierungen/{first}", [], "form[action$='/abgeholt']");
        }

        await Eventually.HoldsAsync(async () => (await _app.MailsAsync(resident)).All(m => m.Status != MailStatus.Pending), "every mail is handled");
        var mails = await _app.MailsAsync(resident);
        Assert.Equal([MailStatus.Sent, MailStatus.Suppressed], mails.Where(m => m.Kind == "reservations.accepted").Select(m => m.Status));
        Assert.Equal(MailStatus.Sent, Assert.Single(mails, m => m.Kind == "reservations.picked-up").Status);
        Assert.Single(PickedUpMails(resident, "reservations.accepted"));

        // The private page still shows where the reservation stands.
        using var client = _app.CreateCookieClient();
        Assert.Contains("Abgeholt", await client.GetStringAsync($"/reservierung/{token}"), StringComparison.Ordinal);
    }

    private MimeKit.MimeMessage? SentMail(string recipient, string kind) => PickedUpMails(recipient, kind).FirstOrDefault();

    private List<MimeKit.MimeMessage> PickedUpMails(string recipient, string kind) =>
        [.. _app.PickedUpMails().Where(m => m.Headers["X-HalloBot-Kind"] == kind && m.To.Mailboxes.Any(b => b.Address == recipient))];
}
