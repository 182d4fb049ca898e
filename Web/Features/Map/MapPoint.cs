using System.Globalization;

namespace HalloBot.Web.Features.Map;

/// <summary>A place to show on a map, and the link to the same place on OpenStreetMap (which works without any script).</summary>
public sealed record MapPoint(double Latitude, double Longitude, string Label)
{
    public string LatitudeText => Latitude.ToString("0.######", CultureInfo.InvariantCulture);
    public string LongitudeText => Longitude.ToString("0.######", CultureInfo.InvariantCulture);

    public string OpenStreetMapUrl(int zoom) => string.Create(CultureInfo.InvariantCulture,
        $"https://www.openstreetmap.org/?mlat={LatitudeText}&mlon={LongitudeText}#map={zoom}/{LatitudeText}/{LongitudeText}");
}
