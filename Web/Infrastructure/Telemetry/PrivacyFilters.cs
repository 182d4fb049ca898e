namespace HalloBot.Web.Infrastructure.Telemetry;

/// <summary>
/// Log categories that write personal data at Information and below, held at Warning whatever the configuration says
/// (applied after it). ASP.NET Core's hosting diagnostics log every request's full URL, query string included:
/// search words, positions from "in meiner Nähe", and form fields of GET forms. Request counts and durations are in
/// the metrics instead, whose URLs carry no query values.
/// </summary>
internal static class PrivacyFilters
{
    public static readonly string[] Categories = ["Microsoft.AspNetCore.Hosting.Diagnostics"];

    public static void Apply(LoggerFilterOptions options)
    {
        foreach (var category in Categories)
        {
            // Added last, the rule wins over any rule for the same category from configuration.
            options.Rules.Add(new LoggerFilterRule(providerName: null, categoryName: category, logLevel: LogLevel.Warning, filter: null));
        }
    }
}
