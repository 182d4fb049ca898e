using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace HalloBot.Web.Features.Shared;

/// <summary>The link of the language switch for the page being shown.</summary>
public static class LanguageSwitch
{
    public static bool IsGerman => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "de";

    /// <summary>The other language's link. The current page's <c>?culture=</c> is dropped, or it would outvote the cookie just set.</summary>
    public static string OtherLanguageHref(HttpRequest request)
    {
        // On an error page the request has been re-executed as "/fehler/404": switch on the page that was asked for.
        var reExecuted = request.HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var pathBase = reExecuted?.OriginalPathBase ?? request.PathBase.Value;
        var path = reExecuted?.OriginalPath ?? request.Path.Value;
        var queryString = reExecuted is null ? request.QueryString.Value : reExecuted.OriginalQueryString;
        var query = QueryHelpers.ParseQuery(queryString)
            .Where(p => !p.Key.Equals("culture", StringComparison.OrdinalIgnoreCase) && !p.Key.Equals("ui-culture", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v)));
        var returnUrl = QueryHelpers.AddQueryString($"{pathBase}{path}", query);
        return QueryHelpers.AddQueryString($"{request.PathBase}/sprache/{(IsGerman ? "en" : "de")}", "zurueck", returnUrl);
    }
}
