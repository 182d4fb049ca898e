namespace HalloBot.Domain.Listings;

/// <summary>What a business offers beyond its trade; stored as flags so filters stay cheap.</summary>
[Flags]
public enum ListingFeatures
{
    None = 0,
    Delivery = 1,
    ClickAndCollect = 2,
    CardPayment = 4,
    WheelchairAccessible = 8,
    Fairtrade = 16,
    Vouchers = 32,
    Parking = 64,
}
