using System.ComponentModel.DataAnnotations;

namespace HalloBot.Web.Features.Admin;

/// <summary>Limits of the admin area (<c>HalloBot:Admin</c>).</summary>
public sealed class AdminOptions
{
    public const string Section = "HalloBot:Admin";

    /// <summary>Largest import file the browser may upload; 100,000 listings take about 30 MB.</summary>
    [Range(1, 1L << 30)]
    public long ImportMaxBytes { get; set; } = 64L << 20;

    /// <summary>Imports one staff member may start per <see cref="ImportWindow"/>; an import locks the listings while it runs.</summary>
    [Range(1, 1000)]
    public int ImportsPerWindow { get; set; } = 10;

    public TimeSpan ImportWindow { get; set; } = TimeSpan.FromMinutes(10);
}
