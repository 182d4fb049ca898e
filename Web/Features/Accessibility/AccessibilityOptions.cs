using System.ComponentModel.DataAnnotations;

namespace HalloBot.Web.Features.Accessibility;

/// <summary><c>HalloBot:Accessibility</c>: the statement's dates and how many barrier reports one address may send.</summary>
public sealed class AccessibilityOptions
{
    public const string Section = "HalloBot:Accessibility";

    /// <summary>When the statement was prepared (BITV NRW asks for the date).</summary>
    public DateOnly StatementDate { get; set; } = new(2026, 11, 26);

    /// <summary>When the self-assessment behind the statement was last reviewed.</summary>
    public DateOnly ReviewedDate { get; set; } = new(2026, 11, 26);

    /// <summary>Reports per hour from one IP address; more answer 429.</summary>
    [Range(1, 1000)]
    public int ReportsPerHour { get; set; } = 5;
}

/// <summary>The part of <c>HalloBot:Mail</c> that barrier reports need.</summary>
public sealed class BarrierReportMailOptions
{
    public const string Section = "HalloBot:Mail";

    /// <summary>The office's mailbox that receives barrier reports.</summary>
    [Required, EmailAddress]
    public string StaffAddress { get; set; } = "wirtschaftsfoerderung@bottrop.example";

    /// <summary>The sender of the site's mail.</summary>
    [Required, EmailAddress]
    public string FromAddress { get; set; } = "hallo-bot@bottrop.example";
}
