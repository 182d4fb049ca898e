namespace HalloBot.Search.Lucene;

internal static class Geo
{
    private const double EarthRadiusKm = 6371.0088;
    private const double KmPerDegreeLatitude = EarthRadiusKm * Math.PI / 180;

    /// <summary>Haversine, the same formula as <see cref="Domain.Listings.GeoPoint.DistanceKmTo"/>.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = ToRadians(lat2 - lat1);
        var dLon = ToRadians(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
              + Math.Cos(ToRadians(lat1)) * Math.Cos(ToRadians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>A latitude/longitude box that contains the circle (a little larger; the exact test follows).</summary>
    public static (double MinLat, double MaxLat, double MinLon, double MaxLon) BoundingBox(double lat, double lon, double radiusKm)
    {
        var dLat = radiusKm / KmPerDegreeLatitude * 1.01;
        var cos = Math.Cos(ToRadians(Math.Min(89.9, Math.Abs(lat) + dLat)));
        var dLon = cos < 1e-6 ? 180 : radiusKm / (KmPerDegreeLatitude * cos) * 1.01;
        return (lat - dLat, lat + dLat, lon - dLon, lon + dLon);
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}

/// <summary>
/// Distances from one point, fast: an equirectangular approximation (error well under 1 % within a city) for ordering,
/// and the exact haversine only where a radius decision is close.
/// </summary>
internal readonly struct FastDistance(double latitude, double longitude)
{
    private const double KmPerDegree = 6371.0088 * Math.PI / 180;
    private readonly double _cosLatitude = Math.Cos(latitude * Math.PI / 180);

    public double ApproximateKm(double lat, double lon)
    {
        var x = (lon - longitude) * _cosLatitude;
        var y = lat - latitude;
        return Math.Sqrt((x * x) + (y * y)) * KmPerDegree;
    }

    public bool IsWithin(double approximateKm, double radiusKm, double lat, double lon)
    {
        if (double.IsInfinity(approximateKm))
        {
            return false;
        }

        if (approximateKm < radiusKm * 0.98)
        {
            return true;
        }

        return approximateKm <= radiusKm * 1.02 && Geo.DistanceKm(latitude, longitude, lat, lon) <= radiusKm;
    }
}
