using Microsoft.Extensions.Logging.Console;

namespace HalloBot.Web.Infrastructure.Telemetry;

/// <summary>
/// Logs as JSON lines outside Development (one object per line, for the log collector), every line with the scope of
/// its request: TraceId, SpanId, RequestId and RequestPath (a route template, never a link token: <see cref="RequestLogScope"/>).
/// No personal data: see <see cref="PrivacyFilters"/>.
/// </summary>
internal static class LoggingExtensions
{
    public static IHostApplicationBuilder AddHalloBotLogging(this IHostApplicationBuilder builder)
    {
        var formatterConfigured = !string.IsNullOrEmpty(builder.Configuration["Logging:Console:FormatterName"]);
        if (!formatterConfigured && !builder.Environment.IsDevelopment())
        {
            builder.Logging.AddJsonConsole();
            builder.Services.Configure<ConsoleLoggerOptions>(o => o.FormatterName = ConsoleFormatterNames.Json);
        }

        builder.Logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        builder.Services.Configure<JsonConsoleFormatterOptions>(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        builder.Services.Configure<SimpleConsoleFormatterOptions>(o => o.IncludeScopes = true);
        builder.Services.PostConfigure<LoggerFilterOptions>(PrivacyFilters.Apply);
        builder.Services.AddTransient<IStartupFilter, RequestLogScope.StartupFilter>();
        return builder;
    }
}
