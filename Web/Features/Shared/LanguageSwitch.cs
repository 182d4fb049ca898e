using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace HalloBot.Web.Features.Shared;

/// <summary>The link of the language switch for the page being shown.</summary>
public static class LanguageSwitch
{
    public static bool IsGerman => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "de";

    /// <summary>The other language's link. The current page's <c>?culture=</c> is dropped, or it would outvote the cookie just set.</summary>
    public static string OtherLanguageHref(HttpRequest request)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(p => !p.Key.Equals("culture", StringComparison.OrdinalIgnoreCase) && !p.Key.Equals("ui-culture", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v)));
        var returnUrl = QueryHelpers.AddQueryString($"{request.PathBase}{request.Path}", query);
        return QueryHelpers.AddQueryString($"{request.PathBase}/sprache/{(IsGerman ? "en" : "de")}", "zurueck", returnUrl);
    }
}
