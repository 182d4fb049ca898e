using System.Text.Json;

namespace HalloBot.IntegrationTests.OpenData;

/// <summary>
/// The rules RFC 7946 sets for a FeatureCollection of Point features (sections 3.1.1, 3.1.2, 3.2, 3.3, 4),
/// written from the RFC: what the GeoJSON JSON schema checks for these types, and the coordinate ranges too.
/// </summary>
public static class GeoJsonRules
{
    public static IReadOnlyList<string> Violations(JsonElement root)
    {
        var violations = new List<string>();
        if (root.ValueKind != JsonValueKind.Object || !Is(root, "type", "FeatureCollection"))
        {
            return ["root: not an object of type FeatureCollection"];
        }

        if (root.TryGetProperty("crs", out _))
        {
            violations.Add("root: RFC 7946 has no crs member (section 4)");
        }

        if (!root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
        {
            return [.. violations, "root: features must be an array"];
        }

        var index = 0;
        foreach (var feature in features.EnumerateArray())
        {
            Feature(feature, $"features[{index++}]", violations);
        }

        return violations;
    }

    private static void Feature(JsonElement feature, string where, List<string> violations)
    {
        if (feature.ValueKind != JsonValueKind.Object || !Is(feature, "type", "Feature"))
        {
            violations.Add($"{where}: not an object of type Feature");
            return;
        }

        if (feature.TryGetProperty("id", out var id) && id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
        {
            violations.Add($"{where}.id: must be a string or a number");
        }

        if (!feature.TryGetProperty("properties", out var properties) || properties.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
        {
            violations.Add($"{where}.properties: must be an object or null");
        }

        if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
        {
            violations.Add($"{where}.geometry: must be an object or null");
            return;
        }

        if (geometry.ValueKind == JsonValueKind.Object)
        {
            Point(geometry, $"{where}.geometry", violations);
        }
    }

    private static void Point(JsonElement geometry, string where, List<string> violations)
    {
        if (!Is(geometry, "type", "Point"))
        {
            violations.Add($"{where}: expected type Point");
            return;
        }

        if (!geometry.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array
            || coordinates.GetArrayLength() is < 2 or > 3 || coordinates.EnumerateArray().Any(c => c.ValueKind != JsonValueKind.Number))
        {
            violations.Add($"{where}.coordinates: must be an array of two or three numbers");
            return;
        }

        var longitude = coordinates[0].GetDouble();
        var latitude = coordinates[1].GetDouble();
        if (longitude is < -180 or > 180 || latitude is < -90 or > 90)
        {
            violations.Add($"{where}.coordinates: [{longitude}, {latitude}] is not [longitude, latitude] in WGS84");
        }
    }

    private static bool Is(JsonElement element, string property, string value) =>
        element.TryGetProperty(property, out var found) && found.ValueKind == JsonValueKind.String && found.GetString() == value;
}
