using System.ComponentModel.DataAnnotations;
using HalloBot.Domain.OpeningHours.Holidays;

namespace HalloBot.Web.Infrastructure;

/// <summary><c>HalloBot:Region</c>: the time zone and the state whose public holidays apply.</summary>
public sealed class RegionOptions
{
    public const string Section = "HalloBot:Region";

    [Required]
    public string TimeZone { get; set; } = "Europe/Berlin";

    public GermanState State { get; set; } = GermanState.NW;

    public string CityName { get; set; } = "Bottrop";
}
