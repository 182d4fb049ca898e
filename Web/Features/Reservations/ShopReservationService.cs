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

    /// <summary>Rows on one page of the list.</summary>
    public const int PageSize = 50;

    public const string NotPossible = "Reservations.Shop.NotPossible";

    /// <summary>Null when there is no such listing. <paramref name="page"/> counts from 1; one past the end shows the last.</summary>
    public async Task<ShopReservationList?> ListAsync(int listingId, ReservationStatus? filter, int page, CancellationToken cancellationToken)
    {
        var listingName = await ListingNameAsync(listingId, cancellationToken);
        if (listingName is null)
        {
            return null;
        }

        var now = Now;
        var today = Today;
        const ReservationStatus requested = ReservationStatus.Requested, accepted = ReservationStatus.Accepted,
            proposed = ReservationStatus.OtherTimeProposed, expired = ReservationStatus.Expired;

        // A hold whose time ran out is shown as expired before the expiry job has closed it, in the filter too.
        var all = Visible(listingId).Select(r => new
        {
            Row = r,
            Lapsed = (r.Status == requested || r.Status == accepted || r.Status == proposed) && r.ExpiresAt != null && r.ExpiresAt <= now,
        });
        var filtered = filter switch
        {
            null => all,
            expired => all.Where(x => x.Row.Status == expired || x.Lapsed),
            { } status => all.Where(x => x.Row.Status == status && !x.Lapsed),
        };

        var total = await filtered.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);

        // Today's pick-ups first (agreed or proposed for today), then what is open by its day, then the closed, newest first.
        var rows = await filtered
            .Select(x => new
            {
                x.Row,
                x.Lapsed,
                Rank = !x.Lapsed && (x.Row.Status == accepted || x.Row.Status == proposed) && x.Row.PickupDate == today ? 0
                    : !x.Lapsed && (x.Row.Status == requested || x.Row.Status == accepted || x.Row.Status == proposed) ? 1
                    : 2,
            })
            .OrderBy(x => x.Rank)
            .ThenBy(x => x.Rank == 2 ? (DateOnly?)null : x.Row.PickupDate ?? x.Row.PreferredPickupDate)
            .ThenBy(x => x.Rank == 2 ? null : x.Row.PickupFrom)
            .ThenByDescending(x => x.Row.ConfirmedAt ?? x.Row.CreatedAt)
            .ThenByDescending(x => x.Row.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(x => new ShopReservationRow(x.Row.Id, x.Row.OfferTitle, x.Row.Name, x.Row.Quantity, x.Lapsed ? expired : x.Row.Status,
                x.Row.PreferredPickupDate, x.Row.PickupDate, x.Row.PickupFrom, x.Row.PickupUntil, x.Row.ConfirmedAt ?? x.Row.CreatedAt))
            .ToListAsync(cancellationToken);
        return new ShopReservationList(listingId, listingName, rows, filter, today, page, pageCount, total);
    }

    public async Task<ShopReservationDetail?> DetailAsync(int listingId, int id, CancellationToken cancellationToken)
    {
        var reservation = await Visible(listingId).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return reservation is null ? null : await DetailOfAsync(reservation, null, [], null, cancellationToken);
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
            return await DetailOfAsync(reservation, NotPossible, [], form, cancellationToken);
        }

        var errors = new List<FieldError>();
        var note = Note(form.Note, required: answer == ReservationAction.Decline, errors);
        PickupWindow? window = answer == ReservationAction.Decline ? null : Window(form, now, errors);
        if (errors.Count > 0)
        {
            return await DetailOfAsync(reservation, null, errors, form, cancellationToken);
        }

        var statusBefore = reservation.Status;

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

        return await SaveAsync(reservation, statusBefore, listingId, $"Reservations.Shop.Done.{answer}", cancellationToken);
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
            return await DetailOfAsync(reservation, NotPossible, [], null, cancellationToken);
        }

        var now = Now;
        var statusBefore = reservation.Status;
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

        return await SaveAsync(reservation, statusBefore, listingId, $"Reservations.Shop.Done.{mark}", cancellationToken);
    }

    /// <summary>
    /// Saves the change with its mails, or, when the resident or a job changed the reservation since it was read (the
    /// status is its concurrency token), saves none of it and shows the current state with "not possible".
    /// </summary>
    private async Task<ShopReservationDetail?> SaveAsync(Reservation reservation, ReservationStatus statusBefore, int listingId, string done, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var current = await FindAsync(listingId, reservation.Id, cancellationToken);
            if (current is null || current.Status == statusBefore)
            {
                throw;
            }

            return await DetailOfAsync(current, NotPossible, [], null, cancellationToken);
        }

        return await DetailOfAsync(reservation, done, [], null, cancellationToken);
    }

    /// <summary>The rows of the CSV export, newest first, erased personal data left blank.</summary>
    public IAsyncEnumerable<Reservation> ExportRowsAsync(int listingId) =>
        Visible(listingId).AsNoTracking().OrderByDescending(r => r.CreatedAt).AsAsyncEnumerable();

    private IQueryable<Reservation> Visible(int listingId)
    {
        var visible = ReservationStatuses.VisibleToShop.ToList();
        return db.Reservations.Where(r => r.ListingId == listingId && visible.Contains(r.Status));
    }

    private Task<Reservation?> FindAsync(int listingId, int id, CancellationToken cancellationToken) =>
        Visible(listingId).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    private Task<string?> ListingNameAsync(int listingId, CancellationToken cancellationToken) =>
        db.Listings.AsNoTracking().Where(l => l.Id == listingId).Select(l => l.Name).FirstOrDefaultAsync(cancellationToken);

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

    private async Task<ShopReservationDetail> DetailOfAsync(
        Reservation reservation, string? notice, IReadOnlyList<FieldError> errors, ShopAnswerForm? form, CancellationToken cancellationToken)
    {
        var listingName = await ListingNameAsync(reservation.ListingId, cancellationToken) ?? "";
        var now = Now;
        var expired = reservation.IsExpiredAt(now);
        bool Can(ReservationAction action) => !expired && reservation.Allows(action);
        return new ShopReservationDetail(
            reservation.ListingId,
            listingName,
            reservation.Id,
            reservation.OfferTitle,
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
    /// <summary>Agreed, or proposed by the shop, for <paramref name="day"/>.</summary>
    public bool IsPickupOn(DateOnly day) => Status is ReservationStatus.Accepted or ReservationStatus.OtherTimeProposed && PickupDate == day;
}

/// <param name="Page">Counting from 1.</param>
/// <param name="Total">Rows of the filter on all pages.</param>
public sealed record ShopReservationList(
    int ListingId, string ListingName, IReadOnlyList<ShopReservationRow> Rows, ReservationStatus? Filter, DateOnly Today, int Page, int PageCount, int Total);

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
