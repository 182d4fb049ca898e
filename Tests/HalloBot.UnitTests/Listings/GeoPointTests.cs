using HalloBot.Domain.Listings;

namespace HalloBot.UnitTests.Listings;

public sealed class GeoPointTests
{
    [Fact]
    public void DistanceKmTo_BottropCentreToKirchhellen_IsAboutNineKilometres()
    {
        var centre = new GeoPoint(51.5237, 6.9286);
        var kirchhellen = new GeoPoint(51.6050, 6.9210);
        Assert.InRange(centre.DistanceKmTo(kirchhellen), 8.9, 9.2);
        Assert.Equal(0, centre.DistanceKmTo(centre), 6);
    }

    [Theory]
    [InlineData(91, 0)]
    [InlineData(-91, 0)]
    [InlineData(0, 181)]
    [InlineData(double.NaN, 0)]
    [InlineData(0, double.PositiveInfinity)]
    public void Constructor_OutOfRange_IsRefused(double latitude, double longitude) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new GeoPoint(latitude, longitude));
}
