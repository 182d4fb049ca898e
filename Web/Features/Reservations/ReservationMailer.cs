using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using HalloBot.Domain.Mail;
using HalloBot.Domain.Persistence;
using HalloBot.Domain.Reservations;
using HalloBot.Jobs.Mail;
using HalloBot.Jobs.Reservations;
using HalloBot.Web.Features.Business;
using HalloBot.Web.Features.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using K = HalloBot.Jobs.Reservations.ReservationMailKinds;

namespace HalloBot.Web.Features.Reservations;

/// <summary>
/// Every reservation mail, queued in the caller's unit of work (the caller saves). The resident's mails are in the
/// language of the page they reserved from, and each carries the link to the private page; the shop's are in each
/// member's own. Every mail but the confirmation request (which the resident just asked for) has a one-click
/// unsubscribe for its kind (<see cref="MailUnsubscribe"/>): the pages keep showing the status and the dashboard the
/// requests, so nobody is left without word of where a reservation stands. The deduplication key is kind + recipient +
/// what makes the step unique (the pick-up window of an acceptance), so a retry or a second click queues nothing twice.
/// </summary>
public sealed class ReservationMailer(
    HalloBotDbContext db,
    MailQueue queue,
    MailUnsubscribe unsubscribe,
    ReservationLinks links,
    IStringLocalizer<SharedResource> t,
    TimeProvider clock) : IReservationNotifications
{
    public Task QueueConfirmationAsync(Reservation reservation, string statusLink, CancellationToken cancellationToken) =>
        ToResidentAsync(reservation, K.Confirm, "1", "Confirm", statusLink, cancellationToken);

    public Task QueueNewRequestAsync(Reservation reservation, CancellationToken cancellationToken) =>
        ToShopAsync(reservation, K.NewRequest, "1", "NewRequest", cancellationToken);

    public Task QueueShopReminderAsync(Reservation reservation, CancellationToken cancellationToken) =>
        ToShopAsync(reservation, K.Reminder, "1", "Reminder", cancellationToken);

    public Task QueueCancelledAsync(Reservation reservation, CancellationToken cancellationToken) =>
        ToShopAsync(reservation, K.CancelledToShop, "1", "Cancelled", cancellationToken);

    public Task QueueProposalTakenAsync(Reservation reservation, CancellationToken cancellationToken) =>
        ToShopAsync(reservation, K.ProposalTaken, WindowKey(reservation), "ProposalTaken", cancellationToken);

    public Task QueueAcceptedAsync(Reservation reservation, CancellationToken cancellationToken) =>
        ToResidentAsync(reservation, K.Accepted, WindowKey(reservation), "Accepted", null, cancellationToken);

    public Task QueueProposedAsync(Reservation reservation, CancellationToken cancellationToken) =>
        ToResidentAsync(reservation, K.Proposed, WindowKey(reservation), "Proposed", null, cancellationToken);

    public Task QueueDeclinedAsync(Reservation reservation, CancellationToken cancellationToken) =>
        ToResidentAsync(reservation, K.Declined, "1", "Declined", null, cancellationToken);

    public Task QueuePickedUpAsync(Reservation reservation, CancellationToken cancellationToken) =>
        ToResidentAsync(reservation, K.PickedUp, "1", "PickedUp", null, cancellationToken);

    public Task QueueNotCollectedAsync(Reservation reservation, CancellationToken cancellationToken) =>
        ToResidentAsync(reservation, K.NotCollected, "1", "NotCollected", null, cancellationToken);

    public Task QueueExpiredAsync(Reservation reservation, ReservationStatus from, CancellationToken cancellationToken) =>
        ToResidentAsync(reservation, K.Expired, "1", from == ReservationStatus.Accepted ? "HoldExpired" : "Expired", null, cancellationToken);

    private async Task ToResidentAsync(Reservation reservation, string kind, string discriminator, string text, string? confirmLink, CancellationToken cancellationToken)
    {
        var about = await AboutAsync(reservation, cancellationToken);
        var link = confirmLink ?? links.StatusUrl(reservation);
        var mail = MailCulture.In(reservation.Culture, () =>
            Compose(reservation, about, kind, discriminator, text, reservation.Email, reservation.Culture, greetName: reservation.Name, link,
                action: confirmLink is null ? "Reservations.Mail.StatusAction" : null));
        await queue.QueueAsync(mail, cancellationToken);
    }

    /// <summary>To every member of the listing; to the listing's public address when nobody keeps it yet.</summary>
    private async Task ToShopAsync(Reservation reservation, string kind, string discriminator, string text, CancellationToken cancellationToken)
    {
        var about = await AboutAsync(reservation, cancellationToken);
        var recipients = await db.ListingMemberships.AsNoTracking()
            .Where(m => m.ListingId == reservation.ListingId && m.Member.Email != null && m.Member.EmailConfirmed)
            .Select(m => new { Email = m.Member.Email!, m.Member.PreferredCulture })
            .ToListAsync(cancellationToken);
        if (recipients.Count == 0 && about.ListingEmail is { Length: > 0 } listingEmail)
        {
            recipients.Add(new { Email = listingEmail, PreferredCulture = "de" });
        }

        var link = $"{links.Root}{ShopReservationsController.DetailPath(reservation.ListingId, reservation.Id)}";
        foreach (var recipient in recipients)
        {
            var mail = MailCulture.In(recipient.PreferredCulture, () =>
                Compose(reservation, about, kind, discriminator, text, recipient.Email, recipient.PreferredCulture, greetName: null, link, action: null));
            await queue.QueueAsync(mail, cancellationToken);
        }
    }

    private OutgoingMail Compose(Reservation reservation, About about, string kind, string discriminator, string text,
        string recipient, string? culture, string? greetName, string? link, string? action)
    {
        var args = new object[]
        {
            about.OfferTitle,
            about.ListingName,
            reservation.Quantity,
            reservation.Pickup is { } window ? ReservationText.Window(t, window) : "",
            reservation.ShopNote ?? "",
            reservation.Name,
            ReservationText.Date(t, reservation.PreferredPickupDate),
        };
        var prefix = $"Reservations.Mail.{text}";
        var subject = t[$"{prefix}.Subject", args].Value;
        var body = t[$"{prefix}.Body", args].Value;
        var greeting = greetName is null ? t["Reservations.Mail.GreetingShop"].Value : t["Reservations.Mail.Greeting", greetName].Value;
        var linkText = link is null ? null : t[action ?? $"{prefix}.Action"].Value;
        var unsubscribeUrl = kind == K.Confirm ? null : unsubscribe.Url(links.Root, recipient, kind);
        var signature = t["Reservations.Mail.Signature"].Value;

        var plain = new StringBuilder().Append(greeting).Append("\n\n").Append(body).Append("\n\n");
        var e = HtmlEncoder.Default;
        var code = MailCulture.Code(culture);
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"").Append(code).Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(e.Encode(subject)).Append("</title></head><body>")
            .Append("<p>").Append(e.Encode(greeting)).Append("</p>");
        foreach (var paragraph in body.Split("\n\n"))
        {
            html.Append("<p>").Append(e.Encode(paragraph).Replace("&#xA;", "<br>", StringComparison.Ordinal)).Append("</p>");
        }

        if (link is not null)
        {
            plain.Append(linkText).Append(":\n").Append(link).Append("\n\n");
            html.Append("<p><a href=\"").Append(e.Encode(link)).Append("\">").Append(e.Encode(linkText!)).Append("</a></p>");
        }

        plain.Append("-- \n").Append(signature).Append('\n');
        html.Append("<p>").Append(e.Encode(signature)).Append("</p>");
        if (unsubscribeUrl is not null)
        {
            var unsubscribeText = t[greetName is null ? "Reservations.Mail.UnsubscribeShop" : "Reservations.Mail.Unsubscribe"].Value;
            plain.Append('\n').Append(unsubscribeText).Append(":\n").Append(unsubscribeUrl).Append('\n');
            html.Append("<hr><p><a href=\"").Append(e.Encode(unsubscribeUrl)).Append("\">").Append(e.Encode(unsubscribeText)).Append("</a></p>");
        }

        html.Append("</body></html>");
        return new OutgoingMail(K.Key(reservation.Id, kind, discriminator, recipient), kind, recipient, code,
            subject, plain.ToString(), html.ToString(), clock.GetUtcNow().UtcDateTime)
        {
            UnsubscribeUrl = unsubscribeUrl,
        };
    }

    private static string WindowKey(Reservation reservation) => reservation.Pickup is { } w
        ? string.Create(CultureInfo.InvariantCulture, $"{w.Date:yyyyMMdd}T{w.From:HHmm}-{w.Until:HHmm}")
        : "none";

    /// <summary>The title the resident reserved, so that a mail about a removed offer still names it.</summary>
    private async Task<About> AboutAsync(Reservation reservation, CancellationToken cancellationToken) =>
        await db.Listings.AsNoTracking()
            .Where(l => l.Id == reservation.ListingId)
            .Select(l => new About(reservation.OfferTitle, l.Name, l.Email))
            .FirstOrDefaultAsync(cancellationToken)
        ?? new About(reservation.OfferTitle, "", null);

    private sealed record About(string OfferTitle, string ListingName, string? ListingEmail);
}
