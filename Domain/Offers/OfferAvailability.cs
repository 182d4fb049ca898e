namespace HalloBot.Domain.Offers;

/// <summary>How much of an offer the shop still has. Stored by name.</summary>
public enum OfferAvailability
{
    Available = 0,
    FewLeft = 1,
    SoldOut = 2,
}
