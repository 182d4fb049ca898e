namespace HalloBot.Domain.Offers;

/// <summary>What kind of price an offer has. Stored by name.</summary>
public enum OfferPriceKind
{
    /// <summary>Exactly <see cref="OfferPrice.Cents"/>: "12,50 €".</summary>
    Fixed = 0,

    /// <summary>From <see cref="OfferPrice.Cents"/> upwards: "ab 12,50 €".</summary>
    From = 1,

    /// <summary>No price shown; the shop names it when asked: "auf Anfrage".</summary>
    OnRequest = 2,
}
