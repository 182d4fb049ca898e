using HalloBot.Domain.Offers;

namespace HalloBot.UnitTests.Offers;

public sealed class OfferPriceTests
{
    [Theory]
    [InlineData("12,50 €", OfferPriceKind.Fixed, 1250, "12,50 €")]
    [InlineData("12,50€", OfferPriceKind.Fixed, 1250, "12,50 €")]
    [InlineData("12 €", OfferPriceKind.Fixed, 1200, "12,00 €")]
    [InlineData("12", OfferPriceKind.Fixed, 1200, "12,00 €")]
    [InlineData("12,- €", OfferPriceKind.Fixed, 1200, "12,00 €")]
    [InlineData("1.250,00 €", OfferPriceKind.Fixed, 125000, "1.250,00 €")]
    [InlineData("0,99 EUR", OfferPriceKind.Fixed, 99, "0,99 €")]
    [InlineData("ab 12 €", OfferPriceKind.From, 1200, "ab 12,00 €")]
    [InlineData("Ab 9,90 Euro", OfferPriceKind.From, 990, "ab 9,90 €")]
    [InlineData("  ab\u00A012,50\u00A0€ ", OfferPriceKind.From, 1250, "ab 12,50 €")]
    public void TryParse_GermanPrice_ReadsCentsAndKindAndFormatsBack(string text, OfferPriceKind kind, int cents, string formatted)
    {
        Assert.True(OfferPrice.TryParse(text, out var price, out var error));

        Assert.Equal(OfferPriceError.None, error);
        Assert.Equal(kind, price.Kind);
        Assert.Equal(cents, price.Cents);
        Assert.Equal(formatted, price.ToString());
        Assert.True(OfferPrice.TryParse(price.ToString(), out var again, out _));
        Assert.Equal(price, again);
    }

    [Theory]
    [InlineData("auf Anfrage")]
    [InlineData("Auf Anfrage")]
    public void TryParse_OnRequest_HasNoAmount(string text)
    {
        Assert.True(OfferPrice.TryParse(text, out var price, out _));

        Assert.Equal(OfferPriceKind.OnRequest, price.Kind);
        Assert.Null(price.Cents);
        Assert.Equal("auf Anfrage", price.ToString());
    }

    [Theory]
    [InlineData("12,5€", OfferPriceError.TwoDecimalsRequired)]
    [InlineData("12,5 €", OfferPriceError.TwoDecimalsRequired)]
    [InlineData("12,505 €", OfferPriceError.TwoDecimalsRequired)]
    [InlineData("12, €", OfferPriceError.TwoDecimalsRequired)]
    [InlineData("12.50", OfferPriceError.PointAsDecimalMark)]
    [InlineData("12.5 €", OfferPriceError.PointAsDecimalMark)]
    [InlineData("", OfferPriceError.Empty)]
    [InlineData("   ", OfferPriceError.Empty)]
    [InlineData("zwölf Euro", OfferPriceError.NotAPrice)]
    [InlineData("-5 €", OfferPriceError.NotAPrice)]
    [InlineData("12 $", OfferPriceError.NotAPrice)]
    [InlineData("1.25,00 €", OfferPriceError.NotAPrice)]
    [InlineData("ab", OfferPriceError.NotAPrice)]
    [InlineData("0,00 €", OfferPriceError.Zero)]
    [InlineData("100.000,00 €", OfferPriceError.TooHigh)]
    [InlineData("99999999999999999999", OfferPriceError.TooHigh)]
    public void TryParse_Invalid_NamesTheProblem(string text, OfferPriceError expected)
    {
        Assert.False(OfferPrice.TryParse(text, out _, out var error));

        Assert.Equal(expected, error);
    }

    [Fact]
    public void TryParse_HighestPrice_Accepted()
    {
        Assert.True(OfferPrice.TryParse("99.999,99 €", out var price, out _));

        Assert.Equal(OfferPrice.MaxCents, price.Cents);
    }

    [Fact]
    public void FormatAmount_English_UsesEnglishDigits()
    {
        Assert.Equal("€1,250.00", OfferPrice.Fixed(125000).FormatAmount(System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
    }
}
