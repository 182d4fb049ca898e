using HalloBot.Domain.Offers;

namespace HalloBot.UnitTests.Offers;

public sealed class OfferTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static Offer Offer(DateOnly from, DateOnly? to = null) =>
        new(1, "Dinkelbrot", OfferPrice.Fixed(450), from, new DateTime(2026, 6, 1, 8, 0, 0, DateTimeKind.Utc)) { ValidTo = to };

    [Theory]
    [InlineData("2026-05-31", false)]
    [InlineData("2026-06-01", true)]
    [InlineData("2026-06-30", true)]
    [InlineData("2026-07-01", false)]
    public void IsVisibleOn_BothEndsInclusive(string day, bool visible)
    {
        var offer = Offer(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30));

        Assert.Equal(visible, offer.IsVisibleOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void IsVisibleAt_JustAfterMidnightInBottrop_CountsTheCityDay()
    {
        var offer = Offer(new DateOnly(2026, 6, 2));

        // 22:30 UTC on 1 June is 00:30 on 2 June in Bottrop (summer time).
        Assert.True(offer.IsVisibleAt(new DateTimeOffset(2026, 6, 1, 22, 30, 0, TimeSpan.Zero), Berlin));
        Assert.False(offer.IsVisibleAt(new DateTimeOffset(2026, 6, 1, 21, 30, 0, TimeSpan.Zero), Berlin));
    }

    [Fact]
    public void CanBeReservedOn_SoldOutOrNotReservable_False()
    {
        var day = new DateOnly(2026, 6, 1);
        var offer = Offer(day);
        Assert.False(offer.CanBeReservedOn(day));

        offer.IsReservable = true;
        Assert.True(offer.CanBeReservedOn(day));

        offer.Availability = OfferAvailability.SoldOut;
        Assert.False(offer.CanBeReservedOn(day));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", true)]
    [InlineData("Brot </b>", true)]
    [InlineData("<!-- x -->", true)]
    [InlineData("< img src=x>", true)]
    [InlineData("Preis < 5 € und > 2 €", false)]
    [InlineData("3<4", false)]
    [InlineData("Dinkelbrot", false)]
    public void LooksLikeMarkup_TagsOnly(string text, bool expected)
    {
        Assert.Equal(expected, OfferText.LooksLikeMarkup(text));
    }
}
