namespace HalloBot.Web.Infrastructure.Telemetry;

/// <summary>
/// Log categories that write personal data, switched off whatever the configuration says (applied after it).
/// ASP.NET Core's hosting diagnostics log every request's full URL, query string included (search words, positions
/// from "in meiner Nähe", form fields of GET forms), and put the raw path, link tokens included, into the scope of
/// every line of the request. Switched off, hosting opens no such scope; <see cref="RequestLogScope"/> opens one
/// without tokens instead. Request counts and durations are in the metrics, whose URLs carry no query values.
/// </summary>
internal static class PrivacyFilters
{
    public static readonly string[] Categories = ["Microsoft.AspNetCore.Hosting.Diagnostics"];

    public static void Apply(LoggerFilterOptions options)
    {
        foreach (var category in Categories)
        {
            // Added last, the rule wins over any rule for the same category from configuration. Hosting opens its
            // request scope whenever this category logs anything at all, hence None rather than Warning.
            options.Rules.Add(new LoggerFilterRule(providerName: null, categoryName: category, logLevel: LogLevel.None, filter: null));
        }
    }
}
