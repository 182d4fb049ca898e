using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using HalloBot.Domain.Mail;
using HalloBot.Domain.Persistence;
using HalloBot.Domain.Reservations;
using HalloBot.Jobs.Mail;
using HalloBot.Jobs.Reservations;
using HalloBot.Web.Features.Account;
using HalloBot.Web.Features.Business;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using K = HalloBot.Jobs.Reservations.ReservationMailKinds;

namespace HalloBot.Web.Features.Reservations;

/// <summary>
/// Every reservation mail, queued in the caller's unit of work (the caller saves). The resident's mails are in the
/// language of the page they reserved from; the shop's in each member's own. None carries an unsubscribe link: each
/// answers a step of a reservation the recipient is part of (like a receipt), and a shop that could switch off its
/// requests would leave residents waiting. The deduplication key is kind + recipient + what makes the step unique
/// (the pick-up window of an acceptance), so a retry or a second click queues nothing twice.
/// </summary>
public sealed class ReservationMailer(
    HalloBotDbContext db,
    MailQueue queue,
    IStringLocalizer<SharedResource> t,
    IOptions<AccountOptions> site,
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

    private async Task ToResidentAsync(Reservation reservation, string kind, string discriminator, string text, string? link, CancellationToken cancellationToken)
    {
        var about = await AboutAsync(reservation, cancellationToken);
        var mail = MailCulture.In(reservation.Culture, () =>
            Compose(reservation, about, kind, discriminator, text, reservation.Email, reservation.Culture, greetName: reservation.Name, link));
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

        var link = $"{Root}{ShopReservationsController.DetailPath(reservation.ListingId, reservation.Id)}";
        foreach (var recipient in recipients)
        {
            var mail = MailCulture.In(recipient.PreferredCulture, () =>
                Compose(reservation, about, kind, discriminator, text, recipient.Email, recipient.PreferredCulture, greetName: null, link));
            await queue.QueueAsync(mail, cancellationToken);
        }
    }

    private OutgoingMail Compose(Reservation reservation, About about, string kind, string discriminator, string text,
        string recipient, string? culture, string? greetName, string? link)
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
        var action = link is null ? null : t[$"{prefix}.Action"].Value;
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
            plain.Append(action).Append(":\n").Append(link).Append("\n\n");
            html.Append("<p><a href=\"").Append(e.Encode(link)).Append("\">").Append(e.Encode(action!)).Append("</a></p>");
        }

        plain.Append("-- \n").Append(signature).Append('\n');
        html.Append("<p>").Append(e.Encode(signature)).Append("</p></body></html>");
        return new OutgoingMail(K.Key(reservation.Id, kind, discriminator, recipient), kind, recipient, code,
            subject, plain.ToString(), html.ToString(), clock.GetUtcNow().UtcDateTime);
    }

    private static string WindowKey(Reservation reservation) => reservation.Pickup is { } w
        ? string.Create(CultureInfo.InvariantCulture, $"{w.Date:yyyyMMdd}T{w.From:HHmm}-{w.Until:HHmm}")
        : "none";

    private async Task<About> AboutAsync(Reservation reservation, CancellationToken cancellationToken) =>
        await db.Offers.AsNoTracking()
            .Where(o => o.Id == reservation.OfferId)
            .Select(o => new About(o.Title, o.Listing.Name, o.Listing.Email))
            .FirstOrDefaultAsync(cancellationToken)
        ?? new About("", "", null);

    /// <summary>Mails written by a job have no request to take the address from.</summary>
    private string Root => (site.Value.PublicBaseUrl ?? AccountOptions.DevelopmentBaseUrl).TrimEnd('/');

    private sealed record About(string OfferTitle, string ListingName, string? ListingEmail);
}
