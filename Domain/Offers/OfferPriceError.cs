namespace HalloBot.Domain.Offers;

/// <summary>Why a typed price was refused; the site words each one for the person typing.</summary>
public enum OfferPriceError
{
    None = 0,

    /// <summary>Nothing typed.</summary>
    Empty,

    /// <summary>A comma with other than two digits after it ("12,5 €"): write the cents out ("12,50 €").</summary>
    TwoDecimalsRequired,

    /// <summary>A point used as the decimal mark ("12.50"); in German the comma is ("12,50").</summary>
    PointAsDecimalMark,

    /// <summary>Not a price at all ("zwölf", "12 $", "-5").</summary>
    NotAPrice,

    /// <summary>Zero: a price must be more than 0 € (or "auf Anfrage").</summary>
    Zero,

    /// <summary>Over <see cref="OfferPrice.MaxCents"/>.</summary>
    TooHigh,
}
