using System.ComponentModel.DataAnnotations;

namespace HalloBot.Web.Features.Map;

/// <summary>
/// <c>HalloBot:Map</c>: the tile server the office chose. Pages load no tile until a resident asks for the map;
/// the attribution the tile server's licence asks for is shown with it.
/// </summary>
public sealed class MapOptions : IValidatableObject
{
    public const string Section = "HalloBot:Map";

    /// <summary>Turn the map off entirely (only the link to OpenStreetMap stays).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>An https URL with <c>{z}</c>, <c>{x}</c> and <c>{y}</c>.</summary>
    public string TileUrlTemplate { get; set; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    public string Attribution { get; set; } = "© OpenStreetMap-Mitwirkende";

    public string AttributionUrl { get; set; } = "https://www.openstreetmap.org/copyright";

    /// <summary>Zoom level the map opens at (street level is about 17).</summary>
    [Range(3, 19)]
    public int Zoom { get; set; } = 17;

    /// <summary>The tile server's origin (<c>https://tile.openstreetmap.org</c>): what the content security policy must allow.</summary>
    /// <remarks>A method, not a property: configuration binding reads properties, and a bad template must reach validation.</remarks>
    public string? TileOrigin() =>
        Uri.TryCreate(Sample(TileUrlTemplate), UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;

    private static string Sample(string template) => template.Replace("{z}", "0").Replace("{x}", "0").Replace("{y}", "0");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var sample = Sample(TileUrlTemplate);
        if (!TileUrlTemplate.Contains("{z}", StringComparison.Ordinal) || !TileUrlTemplate.Contains("{x}", StringComparison.Ordinal)
            || !TileUrlTemplate.Contains("{y}", StringComparison.Ordinal)
            || !Uri.TryCreate(sample, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            yield return new ValidationResult(
                $"{Section}:TileUrlTemplate is '{TileUrlTemplate}'; it must be an https URL containing {{z}}, {{x}} and {{y}}.",
                [nameof(TileUrlTemplate)]);
        }

        if (string.IsNullOrWhiteSpace(Attribution))
        {
            yield return new ValidationResult($"{Section}:Attribution is empty; the tile server's licence asks for it.", [nameof(Attribution)]);
        }

        if (!Uri.TryCreate(AttributionUrl, UriKind.Absolute, out var link) || (link.Scheme != Uri.UriSchemeHttps && link.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult($"{Section}:AttributionUrl is '{AttributionUrl}'; it must be an http(s) URL.", [nameof(AttributionUrl)]);
        }
    }
}
