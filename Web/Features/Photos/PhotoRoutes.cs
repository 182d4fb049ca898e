using System.Globalization;

namespace HalloBot.Web.Features.Photos;

/// <summary>The photo pages' addresses, in one place for controllers, views and links from other features.</summary>
public static class PhotoRoutes
{
    public const string Page = "/betrieb/{listingId:int}/fotos";

    public static string Index(int listingId) => string.Create(CultureInfo.InvariantCulture, $"/betrieb/{listingId}/fotos");

    public static string Status(int listingId) => Index(listingId) + "/status";

    public static string List(int listingId) => Index(listingId) + "/liste";

    public static string AltTexts(int listingId) => Index(listingId) + "/beschreibungen";

    public static string Action(int listingId, int photoId, string action) =>
        string.Create(CultureInfo.InvariantCulture, $"{Index(listingId)}/{photoId}/{action}");
}
