namespace HalloBot.Web.Features.Offers;

/// <summary>Where the offer pages live: kept under the business area, shown under the listing's page.</summary>
public static class OfferRoutes
{
    public const string Business = "/betrieb/{listingId:int}/angebote";

    public static string List(int listingId) => $"/betrieb/{listingId}/angebote";

    public static string New(int listingId) => $"{List(listingId)}/neu";

    public static string Edit(int listingId, int offerId) => $"{List(listingId)}/{offerId}";

    public static string Delete(int listingId, int offerId) => $"{Edit(listingId, offerId)}/loeschen";

    public static string Photos(int listingId, int offerId) => $"{Edit(listingId, offerId)}/fotos";

    public static string DeletePhoto(int listingId, int offerId, int photoId) => $"{Photos(listingId, offerId)}/{photoId}/loeschen";

    public static string Public(string listingSlug, int offerId) => $"/b/{listingSlug}/angebote/{offerId}";

    public static string AllPublic(string listingSlug) => $"/b/{listingSlug}/angebote";
}
