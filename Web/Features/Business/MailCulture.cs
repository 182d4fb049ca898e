using System.Globalization;

namespace HalloBot.Web.Features.Business;

/// <summary>
/// Builds a mail's text in its recipient's language (<c>Member.PreferredCulture</c>), whatever the language of the
/// request that causes it: the localizer reads the current UI culture, so it is switched for the duration.
/// </summary>
public static class MailCulture
{
    public static T In<T>(string? culture, Func<T> build)
    {
        var (savedCulture, savedUiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var target = CultureInfo.GetCultureInfo(Normalize(culture));
        try
        {
            CultureInfo.CurrentCulture = target;
            CultureInfo.CurrentUICulture = target;
            return build();
        }
        finally
        {
            CultureInfo.CurrentCulture = savedCulture;
            CultureInfo.CurrentUICulture = savedUiCulture;
        }
    }

    /// <summary><c>en</c> or <c>de-DE</c>: German unless English was chosen.</summary>
    public static string Normalize(string? culture) =>
        culture is not null && culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "de-DE";

    /// <summary>The two-letter code stored with the mail.</summary>
    public static string Code(string? culture) => Normalize(culture) == "en" ? "en" : "de";
}
