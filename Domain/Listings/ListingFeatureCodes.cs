namespace HalloBot.Domain.Listings;

/// <summary>The feature codes of the exchange format and the API (<c>click_and_collect</c>, …).</summary>
public static class ListingFeatureCodes
{
    private static readonly (ListingFeatures Feature, string Code)[] Codes =
    [
        (ListingFeatures.Delivery, "delivery"),
        (ListingFeatures.ClickAndCollect, "click_and_collect"),
        (ListingFeatures.CardPayment, "card_payment"),
        (ListingFeatures.WheelchairAccessible, "wheelchair_accessible"),
        (ListingFeatures.Fairtrade, "fairtrade"),
        (ListingFeatures.Vouchers, "vouchers"),
        (ListingFeatures.Parking, "parking"),
    ];

    public static IEnumerable<ListingFeatures> All => Codes.Select(c => c.Feature);

    public static IEnumerable<string> AllCodes => Codes.Select(c => c.Code);

    public static string ToCode(ListingFeatures feature) =>
        Codes.First(c => c.Feature == feature).Code;

    public static bool TryParse(string code, out ListingFeatures feature)
    {
        foreach (var (f, c) in Codes)
        {
            if (string.Equals(c, code.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                feature = f;
                return true;
            }
        }

        feature = ListingFeatures.None;
        return false;
    }

    /// <summary>The single features set in <paramref name="features"/>, in the format's order.</summary>
    public static IEnumerable<ListingFeatures> Split(ListingFeatures features) =>
        All.Where(f => features.HasFlag(f));
}
