using System.ComponentModel.DataAnnotations;

namespace HalloBot.Jobs.Retention;

/// <summary>
/// <c>HalloBot:Retention</c>: how long personal data is kept before the daily retention jobs erase it (GDPR art. 5(1)(e)).
/// The privacy page states these periods; change both together. Reservations have their own fixed period
/// (<c>ReservationRules.PersonalDataRetention</c>, 90 days after closing).
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "HalloBot:Retention";

    /// <summary>Days a sent, refused or suppressed mail keeps its address, subject and text; then only its key and outcome remain.</summary>
    [Range(1, 3650)]
    public int MailDays { get; set; } = 30;

    /// <summary>Days an account whose address was never confirmed is kept before it is deleted.</summary>
    [Range(1, 365)]
    public int UnconfirmedAccountDays { get; set; } = 7;

    /// <summary>Days an invitation is kept after it expired unaccepted, or after it was accepted.</summary>
    [Range(0, 3650)]
    public int InvitationDays { get; set; } = 30;

    /// <summary>Days a decided claim or new-listing request keeps the applicant's justification and the office's reason.</summary>
    [Range(1, 3650)]
    public int DecidedRequestDays { get; set; } = 365;
}
