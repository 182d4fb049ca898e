using System.Globalization;

namespace HalloBot.Web.Features.Feedback;

/// <summary>The feedback pages' addresses, for controllers, views, mails and links from other features.</summary>
public static class FeedbackRoutes
{
    public const string Public = "/mitgestalten";
    public const string New = "/mitgestalten/neu";
    public const string Staff = "/verwaltung/mitgestalten";

    public static string Detail(int id) => string.Create(CultureInfo.InvariantCulture, $"{Public}/{id}");

    public static string Vote(int id) => Detail(id) + "/stimme";

    public static string Follow(int id) => Detail(id) + "/folgen";

    public static string Comment(int id) => Detail(id) + "/kommentar";

    public const string ScreenshotPage = "seite";
    public const string ScreenshotFull = "gross";

    /// <summary>A feedback's screenshot, for staff and the sender's business only; <paramref name="size"/> is <see cref="ScreenshotPage"/> or <see cref="ScreenshotFull"/>.</summary>
    public static string Screenshot(int id, string size) => Detail(id) + "/screenshot/" + size + ".jpg";

    public static string StaffDetail(int id) => string.Create(CultureInfo.InvariantCulture, $"{Staff}/{id}");

    public static string StaffStatus(int id) => StaffDetail(id) + "/status";

    public static string StaffNote(int id) => StaffDetail(id) + "/notiz";

    public static string StaffMerge(int id) => StaffDetail(id) + "/zusammenfuehren";
}
