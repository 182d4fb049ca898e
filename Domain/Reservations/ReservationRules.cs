namespace HalloBot.Domain.Reservations;

/// <summary>The limits the office set on reservations, in one place.</summary>
public static class ReservationRules
{
    public const int NameMaxLength = 100;
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 30;
    public const int MessageMaxLength = 1000;
    public const int ShopNoteMaxLength = 500;
    public const int MaxQuantity = 99;

    /// <summary>How far ahead a resident may ask for a pick-up day.</summary>
    public const int MaxDaysAhead = 60;

    /// <summary>Open confirmed reservations one e-mail address may have at a time (unconfirmed ones do not count: anyone can start those).</summary>
    public const int MaxOpenPerEmail = 3;

    /// <summary>Reservations one e-mail address may start per hour, however many are still open.</summary>
    public const int MaxNewPerEmailPerHour = 5;

    /// <summary>How long the confirmation link waits before the unconfirmed reservation lapses.</summary>
    public static readonly TimeSpan ConfirmationLifetime = TimeSpan.FromHours(48);

    /// <summary>How long name, e-mail, phone and message are kept after a reservation closed (GDPR, the office's record of processing).</summary>
    public static readonly TimeSpan PersonalDataRetention = TimeSpan.FromDays(90);

    /// <summary>Working days a confirmed request stays open without an answer before it lapses.</summary>
    public const int UnansweredLapseWorkingDays = 3;

    public static bool CanOpenAnother(int openReservationsOfEmail) => openReservationsOfEmail < MaxOpenPerEmail;
}
