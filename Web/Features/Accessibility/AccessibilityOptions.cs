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
