namespace HalloBot.Domain.Listings;

/// <summary>
/// Structured accessibility facts residents can filter by. Null means "not known", which is not the same as "no".
/// </summary>
public sealed record AccessibilityFacts
{
    public WheelchairAccess Wheelchair { get; init; }

    /// <summary>OSM <c>toilets:wheelchair</c>.</summary>
    public bool? WheelchairToilet { get; init; }

    /// <summary>OSM <c>hearing_loop</c> (induction loop for hearing aids).</summary>
    public bool? HearingLoop { get; init; }

    /// <summary>Seating for people who cannot stand long.</summary>
    public bool? Seating { get; init; }

    public static AccessibilityFacts Unknown { get; } = new();

    /// <summary>The OSM value of <see cref="Wheelchair"/>, or null when unknown.</summary>
    public string? WheelchairOsmValue => Wheelchair switch
    {
        WheelchairAccess.Yes => "yes",
        WheelchairAccess.Limited => "limited",
        WheelchairAccess.No => "no",
        _ => null,
    };

    public static bool TryParseWheelchair(string? value, out WheelchairAccess access)
    {
        access = value?.Trim().ToLowerInvariant() switch
        {
            null or "" => WheelchairAccess.Unknown,
            "yes" => WheelchairAccess.Yes,
            "limited" => WheelchairAccess.Limited,
            "no" => WheelchairAccess.No,
            _ => (WheelchairAccess)(-1),
        };
        return Enum.IsDefined(access);
    }
}
