using HalloBot.Domain.Offers;

namespace HalloBot.Domain.Reservations;

/// <summary>
/// A resident asked a shop to hold an offer for pick-up. No account: the resident reaches it through a private link
/// whose token the row keeps twice: hashed, to find the reservation, and protected with the site's data-protection
/// keys, so that every later mail can carry the link (a copy of the database alone opens no page). Every change goes
/// through a method here, which checks the state and sets the next deadline that the recurring jobs act on.
/// </summary>
public sealed class Reservation
{
    public const int TokenHashLength = 64;
    public const int CultureMaxLength = 5;
    public const int ProtectedTokenMaxLength = 1000;

    private Reservation()
    {
    }

    public Reservation(ReservationRequest request, int offerId, string offerTitle, int listingId, int holdWorkingDays,
        string tokenHash, string? protectedToken, DateTime utcNow)
    {
        OfferId = offerId;
        OfferTitle = offerTitle;
        ListingId = listingId;
        HoldWorkingDays = Math.Max(1, holdWorkingDays);
        TokenHash = tokenHash;
        ProtectedToken = protectedToken;
        Name = request.Name;
        Email = request.Email.ToLowerInvariant();
        Phone = string.IsNullOrEmpty(request.Phone) ? null : request.Phone;
        Quantity = request.Quantity;
        PreferredPickupDate = request.PreferredPickupDate;
        Message = string.IsNullOrEmpty(request.Message) ? null : request.Message;
        Culture = request.Culture == "en" ? "en" : "de";
        Status = ReservationStatus.AwaitingConfirmation;
        CreatedAt = utcNow;
        ExpiresAt = utcNow + ReservationRules.ConfirmationLifetime;
    }

    public int Id { get; private set; }
    /// <summary>Null once the shop removed the offer: the reservation stays, closed, for the resident's page and the shop's record.</summary>
    public int? OfferId { get; private set; }

    public Offer? Offer { get; private set; }

    /// <summary>The offer's title when the resident reserved: what the pages and mails name, also after the offer is gone.</summary>
    public string OfferTitle { get; private set; } = "";

    /// <summary>The offer's listing, kept here so that "which shop's reservation is this" needs no join.</summary>
    public int ListingId { get; private set; }

    public string TokenHash { get; private set; } = "";

    /// <summary>The private link's token, protected (IDataProtector); null once the personal data is erased.</summary>
    public string? ProtectedToken { get; private set; }

    /// <summary>Working days the shop holds the item from the pick-up day on, copied from the offer when the resident reserved.</summary>
    public int HoldWorkingDays { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Stored lower-case, so that the limits per address see one address however it is typed.</summary>
    public string Email { get; private set; } = "";

    public string? Phone { get; private set; }
    public int Quantity { get; private set; }
    public DateOnly PreferredPickupDate { get; private set; }
    public string? Message { get; private set; }

    /// <summary>The resident's language for mails: <c>de</c> or <c>en</c>.</summary>
    public string Culture { get; private set; } = "de";

    public ReservationStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? ConfirmedAt { get; private set; }
    public DateTime? AnsweredAt { get; private set; }

    /// <summary>The agreed window when accepted, the shop's suggestion while another time is proposed.</summary>
    public DateOnly? PickupDate { get; private set; }

    public TimeOnly? PickupFrom { get; private set; }
    public TimeOnly? PickupUntil { get; private set; }

    /// <summary>The shop's word to the resident: the reason of a refusal, or a note with a proposal or acceptance.</summary>
    public string? ShopNote { get; private set; }

    /// <summary>When the open reservation lapses if nobody acts (the expiry job's deadline); null once closed.</summary>
    public DateTime? ExpiresAt { get; private set; }

    /// <summary>When the shop is reminded of an unanswered request; null when no reminder is due.</summary>
    public DateTime? ReminderDueAt { get; private set; }

    public DateTime? ShopRemindedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public DateTime? PersonalDataErasedAt { get; private set; }

    public PickupWindow? Pickup => PickupDate is { } date && PickupFrom is { } from && PickupUntil is { } until
        ? new PickupWindow(date, from, until)
        : null;

    public bool IsOpen => Status.IsOpen();

    public bool Allows(ReservationAction action) => action switch
    {
        ReservationAction.Confirm => Status == ReservationStatus.AwaitingConfirmation,
        ReservationAction.Accept or ReservationAction.Decline =>
            Status is ReservationStatus.Requested or ReservationStatus.OtherTimeProposed,
        ReservationAction.ProposeOtherTime => Status is ReservationStatus.Requested or ReservationStatus.OtherTimeProposed or ReservationStatus.Accepted,
        ReservationAction.TakeProposal => Status == ReservationStatus.OtherTimeProposed,
        ReservationAction.Cancel => IsOpen,
        ReservationAction.MarkPickedUp or ReservationAction.MarkNotCollected => Status == ReservationStatus.Accepted,
        _ => false,
    };

    /// <summary>
    /// The resident confirmed the address: the request reaches the shop, which is reminded once if it has not answered
    /// within one working day. Unanswered, the request lapses at the end of the third working day after it was
    /// confirmed, or of the preferred pick-up day if that is later.
    /// </summary>
    public void Confirm(DateTime utcNow, WorkingDays days)
    {
        Require(ReservationAction.Confirm);
        Status = ReservationStatus.Requested;
        ConfirmedAt = utcNow;
        ReminderDueAt = days.OneWorkingDayAfter(utcNow);
        var lapseDay = days.LocalDate(utcNow);
        for (var i = 0; i < ReservationRules.UnansweredLapseWorkingDays; i++)
        {
            lapseDay = days.Next(lapseDay);
        }

        ExpiresAt = days.EndOf(lapseDay > PreferredPickupDate ? lapseDay : PreferredPickupDate);
    }

    public static PickupWindowProblem Check(PickupWindow window, DateTime utcNow, WorkingDays days) =>
        !window.IsWellFormed ? PickupWindowProblem.EndsBeforeItStarts
        : days.ToUtc(window.Date, window.Until) <= utcNow ? PickupWindowProblem.InThePast
        : PickupWindowProblem.None;

    /// <summary>The shop holds the item: until the end of the <see cref="HoldWorkingDays"/>-th working day from the pick-up day.</summary>
    public void Accept(PickupWindow window, string? note, DateTime utcNow, WorkingDays days)
    {
        Require(ReservationAction.Accept);
        RequireValid(window, utcNow, days);
        Hold(window, note, utcNow, days);
    }

    /// <summary>The resident is asked to take another window; it lapses when its day ends untaken.</summary>
    public void ProposeOtherTime(PickupWindow window, string? note, DateTime utcNow, WorkingDays days)
    {
        Require(ReservationAction.ProposeOtherTime);
        RequireValid(window, utcNow, days);
        Status = ReservationStatus.OtherTimeProposed;
        SetWindow(window);
        ShopNote = note;
        AnsweredAt = utcNow;
        ReminderDueAt = null;
        ExpiresAt = days.EndOf(window.Date);
    }

    /// <summary>The resident takes the shop's proposal: it is accepted as proposed.</summary>
    public void TakeProposal(DateTime utcNow, WorkingDays days)
    {
        Require(ReservationAction.TakeProposal);
        var window = Pickup!.Value;
        RequireValid(window, utcNow, days);
        Hold(window, ShopNote, utcNow, days);
    }

    public void Decline(string reason, DateTime utcNow)
    {
        Require(ReservationAction.Decline);
        ShopNote = reason;
        AnsweredAt = utcNow;
        Close(ReservationStatus.Declined, utcNow);
    }

    public void Cancel(DateTime utcNow)
    {
        Require(ReservationAction.Cancel);
        Close(ReservationStatus.CancelledByResident, utcNow);
    }

    public void MarkPickedUp(DateTime utcNow)
    {
        Require(ReservationAction.MarkPickedUp);
        Close(ReservationStatus.PickedUp, utcNow);
    }

    public void MarkNotCollected(DateTime utcNow)
    {
        Require(ReservationAction.MarkNotCollected);
        Close(ReservationStatus.NotCollected, utcNow);
    }

    public bool IsExpiredAt(DateTime utcNow) => IsOpen && ExpiresAt is { } expires && expires <= utcNow;

    /// <summary>Nobody acted in time: closes the reservation and frees the item. Does nothing before the deadline.</summary>
    /// <returns>The state it lapsed from, or null when it did not lapse.</returns>
    public ReservationStatus? ExpireIfDue(DateTime utcNow)
    {
        if (!IsExpiredAt(utcNow))
        {
            return null;
        }

        var from = Status;
        Close(ReservationStatus.Expired, utcNow);
        return from;
    }

    /// <summary>
    /// The shop removed the offer: an open reservation is declined with <paramref name="reason"/>, and every reservation
    /// lets go of the offer (it keeps the title it was made for).
    /// </summary>
    /// <returns>The state it was closed from when it was open, else null.</returns>
    public ReservationStatus? LetGoOfRemovedOffer(string reason, DateTime utcNow)
    {
        ReservationStatus? from = null;
        if (IsOpen)
        {
            from = Status;
            ShopNote = reason.Length <= ReservationRules.ShopNoteMaxLength ? reason : reason[..ReservationRules.ShopNoteMaxLength];
            AnsweredAt ??= utcNow;
            Close(ReservationStatus.Declined, utcNow);
        }

        OfferId = null;
        Offer = null;
        return from;
    }

    public bool IsReminderDueAt(DateTime utcNow) =>
        Status == ReservationStatus.Requested && ShopRemindedAt is null && ReminderDueAt is { } due && due <= utcNow;

    /// <summary>Records the one reminder; a second call does nothing.</summary>
    /// <returns>True when the reminder was due and is now recorded.</returns>
    public bool RecordReminder(DateTime utcNow)
    {
        if (!IsReminderDueAt(utcNow))
        {
            return false;
        }

        ShopRemindedAt = utcNow;
        ReminderDueAt = null;
        return true;
    }

    public bool IsPersonalDataDueForErasureAt(DateTime utcNow) =>
        PersonalDataErasedAt is null && ClosedAt is { } closed && closed + ReservationRules.PersonalDataRetention <= utcNow;

    /// <summary>
    /// Blanks everything that names the resident; what remains (offer, quantity, dates, outcome) is the shop's record.
    /// The shop's note goes too, as it may quote the resident.
    /// </summary>
    public bool ErasePersonalDataIfDue(DateTime utcNow)
    {
        if (!IsPersonalDataDueForErasureAt(utcNow))
        {
            return false;
        }

        Name = "";
        Email = "";
        Phone = null;
        Message = null;
        ShopNote = null;
        ProtectedToken = null;
        PersonalDataErasedAt = utcNow;
        return true;
    }

    private void Hold(PickupWindow window, string? note, DateTime utcNow, WorkingDays days)
    {
        Status = ReservationStatus.Accepted;
        SetWindow(window);
        ShopNote = note;
        AnsweredAt ??= utcNow;
        ReminderDueAt = null;
        ExpiresAt = days.EndOf(days.NthFrom(window.Date, HoldWorkingDays));
    }

    private void SetWindow(PickupWindow window)
    {
        PickupDate = window.Date;
        PickupFrom = window.From;
        PickupUntil = window.Until;
    }

    private void Close(ReservationStatus status, DateTime utcNow)
    {
        Status = status;
        ClosedAt = utcNow;
        ExpiresAt = null;
        ReminderDueAt = null;
    }

    private void Require(ReservationAction action)
    {
        if (!Allows(action))
        {
            throw new InvalidOperationException($"A reservation in state {Status} does not allow {action}.");
        }
    }

    private static void RequireValid(PickupWindow window, DateTime utcNow, WorkingDays days)
    {
        if (Check(window, utcNow, days) is not PickupWindowProblem.None and var problem)
        {
            throw new ArgumentException($"The pick-up window cannot be offered: {problem}.", nameof(window));
        }
    }
}
