using System.Reflection;
using System.Text.RegularExpressions;
using HalloBot.IntegrationTests.Exchange;
using HalloBot.Search.Elasticsearch;
using HalloBot.Web.Features.Map;
using HalloBot.Web.Infrastructure;
using HalloBot.Jobs.Mail;
using HalloBot.Web.Infrastructure.Security;
using HalloBot.Web.Infrastructure.Telemetry;

namespace HalloBot.IntegrationTests.Operations;

/// <summary>
/// The configuration keys the app reads: every property of its options classes under their sections, the settings
/// the README's configuration table documents, and the framework's own that a deployment sets.
/// </summary>
public static partial class ConfigurationKeys
{
    private static readonly (Type Options, string Section)[] OptionsSections =
    [
        (typeof(DatabaseOptions), DatabaseOptions.Section),
        (typeof(RegionOptions), RegionOptions.Section),
        (typeof(ElasticsearchOptions), ElasticsearchOptions.SectionName),
        (typeof(SecurityOptions), SecurityOptions.Section),
        (typeof(TelemetryOptions), TelemetryOptions.Section),
        (typeof(MailOptions), MailOptions.Section),
        (typeof(MapOptions), MapOptions.Section),
        (typeof(HalloBot.Jobs.Retention.RetentionOptions), HalloBot.Jobs.Retention.RetentionOptions.Section),
    ];

    /// <summary>Read by ASP.NET Core and OpenTelemetry themselves.</summary>
    private static readonly string[] FrameworkKeys =
    [
        "ASPNETCORE_ENVIRONMENT", "ASPNETCORE_FORWARDEDHEADERS_ENABLED", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS",
        "ASPNETCORE_URLS", "DOTNET_ENVIRONMENT", TelemetryOptions.StandardEndpointVariable, "OTEL_EXPORTER_OTLP_PROTOCOL",
        "OTEL_SERVICE_NAME", "OTEL_RESOURCE_ATTRIBUTES",
    ];

    public static IReadOnlySet<string> All()
    {
        var keys = new HashSet<string>(FrameworkKeys, StringComparer.OrdinalIgnoreCase);
        foreach (var (options, section) in OptionsSections)
        {
            AddProperties(keys, options, section);
        }

        foreach (Match row in ReadmeSettingRow().Matches(File.ReadAllText(Path.Combine(SharedFiles.RepositoryRoot, "README.md"))))
        {
            keys.Add(row.Groups["key"].Value);
        }

        return keys;
    }

    /// <summary><c>HalloBot__Search__Provider</c> → <c>HalloBot:Search:Provider</c>, as the environment provider reads it.</summary>
    public static string FromEnvironmentName(string name) => name.Replace("__", ":", StringComparison.Ordinal);

    private static void AddProperties(HashSet<string> keys, Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var key = $"{prefix}:{property.Name}";
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (propertyType.IsClass && propertyType != typeof(string) && propertyType != typeof(Uri)
                && !typeof(System.Collections.IEnumerable).IsAssignableFrom(propertyType))
            {
                AddProperties(keys, propertyType, key);
            }
            else
            {
                keys.Add(key);
            }
        }
    }

    [GeneratedRegex(@"^\|\s*`(?<key>[A-Za-z_][A-Za-z0-9_:]*)`\s*\|", RegexOptions.Multiline)]
    private static partial Regex ReadmeSettingRow();
}
