using System.Globalization;
using HalloBot.Domain.Persistence;
using HalloBot.Domain.Reservations;
using HalloBot.Web.Features.Business;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Reservations;

/// <summary>
/// A shop's reservations: the list, one reservation, and the shop's answers. Every query is bounded by the listing
/// the caller was allowed to manage, so an id of another shop's reservation finds nothing. Unconfirmed
/// reservations are never shown.
/// </summary>
public sealed class ShopReservationService(
    HalloBotDbContext db,
    ReservationMailer mailer,
    WorkingDays days,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t)
{
    public const string DateField = "PickupDate";
    public const string FromField = "PickupFrom";
    public const string UntilField = "PickupUntil";
    public const string NoteField = "Note";

    /// <summary>Null when there is no such listing.</summary>
    public async Task<ShopReservationList?> ListAsync(int listingId, ReservationStatus? filter, CancellationToken cancellationToken)
    {
        var listingName = await db.Listings.AsNoTracking().Where(l => l.Id == listingId).Select(l => l.Name).FirstOrDefaultAsync(cancellationToken);
        if (listingName is null)
        {
            return null;
        }

        var reservations = await Visible(listingId)
            .Where(r => filter == null || r.Status == filter)
            .Select(r => new ShopReservationRow(r.Id, r.Offer.Title, r.Name, r.Quantity, r.Status, r.PreferredPickupDate,
                r.PickupDate, r.PickupFrom, r.PickupUntil, r.ConfirmedAt ?? r.CreatedAt))
            .ToListAsync(cancellationToken);
        var today = Today;
        var ordered = reservations
            .OrderBy(r => r.IsPickupOn(today) ? 0 : r.Status.IsOpen() ? 1 : 2)
            .ThenBy(r => r.Status.IsOpen() ? r.PickupDate ?? r.PreferredPickupDate : DateOnly.MaxValue)
            .ThenBy(r => r.PickupFrom)
            .ThenByDescending(r => r.SentAt)
            .ToList();
        return new ShopReservationList(listingId, listingName, ordered, filter, today);
    }

    public async Task<ShopReservationDetail?> DetailAsync(int listingId, int id, CancellationToken cancellationToken)
    {
        var reservation = await Visible(listingId).AsNoTracking().Include(r => r.Offer).ThenInclude(o => o.Listing)
            .FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return reservation is null ? null : DetailOf(reservation, null, [], null);
    }

    /// <summary>Accepts, proposes another time, or declines. Null when the listing has no such reservation.</summary>
    public async Task<ShopReservationDetail?> AnswerAsync(int listingId, int id, ReservationAction answer, ShopAnswerForm form, CancellationToken cancellationToken)
    {
        var reservation = await FindAsync(listingId, id, cancellationToken);
        if (reservation is null)
        {
            return null;
        }

        var now = Now;
        if (!reservation.Allows(answer) || reservation.IsExpiredAt(now))
        {
            return DetailOf(reservation, "Reservations.Shop.NotPossible", [], form);
        }

        var errors = new List<FieldError>();
        var note = Note(form.Note, required: answer == ReservationAction.Decline, errors);
        PickupWindow? window = answer == ReservationAction.Decline ? null : Window(form, now, errors);
        if (errors.Count > 0)
        {
            return DetailOf(reservation, null, errors, form);
        }

        switch (answer)
        {
            case ReservationAction.Accept:
                reservation.Accept(window!.Value, note, now, days);
                await mailer.QueueAcceptedAsync(reservation, cancellationToken);
                break;
            case ReservationAction.ProposeOtherTime:
                reservation.ProposeOtherTime(window!.Value, note, now, days);
                await mailer.QueueProposedAsync(reservation, cancellationToken);
                break;
            case ReservationAction.Decline:
                reservation.Decline(note!, now);
                await mailer.QueueDeclinedAsync(reservation, cancellationToken);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(answer), answer, "Not an answer.");
        }

        await db.SaveChangesAsync(cancellationToken);
        return DetailOf(reservation, $"Reservations.Shop.Done.{answer}", [], null);
    }

    /// <summary>Picked up, or not collected. Null when the listing has no such reservation.</summary>
    public async Task<ShopReservationDetail?> MarkAsync(int listingId, int id, ReservationAction mark, CancellationToken cancellationToken)
    {
        var reservation = await FindAsync(listingId, id, cancellationToken);
        if (reservation is null)
        {
            return null;
        }

        if (!reservation.Allows(mark))
        {
            return DetailOf(reservation, "Reservations.Shop.NotPossible", [], null);
        }

        var now = Now;
        if (mark == ReservationAction.MarkPickedUp)
        {
            reservation.MarkPickedUp(now);
            await mailer.QueuePickedUpAsync(reservation, cancellationToken);
        }
        else if (mark == ReservationAction.MarkNotCollected)
        {
            reservation.MarkNotCollected(now);
            await mailer.QueueNotCollectedAsync(reservation, cancellationToken);
        }
        else
        {
            throw new ArgumentOutOfRangeException(nameof(mark), mark, "Not a mark.");
        }

        await db.SaveChangesAsync(cancellationToken);
        return DetailOf(reservation, $"Reservations.Shop.Done.{mark}", [], null);
    }

    /// <summary>The rows of the CSV export, newest first, erased personal data left blank.</summary>
    public IAsyncEnumerable<Reservation> ExportRowsAsync(int listingId) =>
        Visible(listingId).AsNoTracking().Include(r => r.Offer).OrderByDescending(r => r.CreatedAt).AsAsyncEnumerable();

    private IQueryable<Reservation> Visible(int listingId)
    {
        var visible = ReservationStatuses.VisibleToShop.ToList();
        return db.Reservations.Where(r => r.ListingId == listingId && visible.Contains(r.Status));
    }

    private Task<Reservation?> FindAsync(int listingId, int id, CancellationToken cancellationToken) =>
        Visible(listingId).Include(r => r.Offer).ThenInclude(o => o.Listing).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    private string? Note(string? value, bool required, List<FieldError> errors)
    {
        var note = (value ?? "").Trim().ReplaceLineEndings("\n");
        if (note.Length == 0)
        {
            if (required)
            {
                errors.Add(new FieldError(NoteField, t["Reservations.Shop.Error.ReasonRequired"].Value));
            }

            return null;
        }

        if (note.Length > ReservationRules.ShopNoteMaxLength)
        {
            errors.Add(new FieldError(NoteField, t["Reservations.Error.TooLong", ReservationRules.ShopNoteMaxLength, note.Length].Value));
        }
        else if (note.Any(c => char.IsControl(c) && c != '\n'))
        {
            errors.Add(new FieldError(NoteField, t["Reservations.Error.ControlCharacters"].Value));
        }

        return note;
    }

    private PickupWindow? Window(ShopAnswerForm form, DateTime now, List<FieldError> errors)
    {
        DateOnly? date = DateOnly.TryParseExact((form.PickupDate ?? "").Trim(), ["yyyy-MM-dd", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        TimeOnly? from = TimeOnly.TryParseExact((form.PickupFrom ?? "").Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var f) ? f : null;
        TimeOnly? until = TimeOnly.TryParseExact((form.PickupUntil ?? "").Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var u) ? u : null;
        Require(date, form.PickupDate, DateField, "Reservations.Error.NotADate", errors);
        Require(from, form.PickupFrom, FromField, "Reservations.Shop.Error.NotATime", errors);
        Require(until, form.PickupUntil, UntilField, "Reservations.Shop.Error.NotATime", errors);
        if (date is null || from is null || until is null)
        {
            return null;
        }

        var window = new PickupWindow(date.Value, from.Value, until.Value);
        switch (Reservation.Check(window, now, days))
        {
            case PickupWindowProblem.EndsBeforeItStarts:
                errors.Add(new FieldError(UntilField, t["Reservations.Shop.Error.UntilBeforeFrom"].Value));
                return null;
            case PickupWindowProblem.InThePast:
                errors.Add(new FieldError(DateField, t["Reservations.Shop.Error.WindowInThePast"].Value));
                return null;
            default:
                return window;
        }
    }

    private void Require<T>(T? parsed, string? raw, string field, string invalidKey, List<FieldError> errors)
        where T : struct
    {
        if (parsed is null)
        {
            errors.Add(new FieldError(field, string.IsNullOrWhiteSpace(raw) ? t["Reservations.Error.Required"].Value : t[invalidKey].Value));
        }
    }

    private ShopReservationDetail DetailOf(Reservation reservation, string? notice, IReadOnlyList<FieldError> errors, ShopAnswerForm? form)
    {
        var now = Now;
        var expired = reservation.IsExpiredAt(now);
        bool Can(ReservationAction action) => !expired && reservation.Allows(action);
        return new ShopReservationDetail(
            reservation.ListingId,
            reservation.Offer.Listing.Name,
            reservation.Id,
            reservation.Offer.Title,
            reservation.Name,
            reservation.Email,
            reservation.Phone,
            reservation.Quantity,
            reservation.PreferredPickupDate,
            reservation.Message,
            expired ? ReservationStatus.Expired : reservation.Status,
            reservation.Pickup,
            reservation.ShopNote,
            TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(reservation.ConfirmedAt ?? reservation.CreatedAt, DateTimeKind.Utc), days.Calendar.TimeZone),
            Can(ReservationAction.Accept),
            Can(ReservationAction.ProposeOtherTime),
            Can(ReservationAction.Decline),
            Can(ReservationAction.MarkPickedUp),
            notice,
            errors,
            form ?? new ShopAnswerForm { PickupDate = reservation.PreferredPickupDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            Today);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private DateOnly Today => days.LocalDate(Now);
}

/// <summary>The shop's answer form: a pick-up window and a note (the reason, when declining).</summary>
public sealed class ShopAnswerForm
{
    public string? PickupDate { get; set; }
    public string? PickupFrom { get; set; }
    public string? PickupUntil { get; set; }
    public string? Note { get; set; }
}

public sealed record ShopReservationRow(
    int Id,
    string OfferTitle,
    string Name,
    int Quantity,
    ReservationStatus Status,
    DateOnly PreferredPickupDate,
    DateOnly? PickupDate,
    TimeOnly? PickupFrom,
    TimeOnly? PickupUntil,
    DateTime SentAt)
{
    public bool IsPickupOn(DateOnly day) => Status == ReservationStatus.Accepted && PickupDate == day;
}

public sealed record ShopReservationList(int ListingId, string ListingName, IReadOnlyList<ShopReservationRow> Rows, ReservationStatus? Filter, DateOnly Today);

public sealed record ShopReservationDetail(
    int ListingId,
    string ListingName,
    int Id,
    string OfferTitle,
    string Name,
    string Email,
    string? Phone,
    int Quantity,
    DateOnly PreferredPickupDate,
    string? Message,
    ReservationStatus Status,
    PickupWindow? Pickup,
    string? ShopNote,
    /// <summary>Local time.</summary>
    DateTime SentAt,
    bool CanAccept,
    bool CanPropose,
    bool CanDecline,
    bool CanMark,
    string? Notice,
    IReadOnlyList<FieldError> Errors,
    ShopAnswerForm Form,
    DateOnly Today);
