using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HalloBot.Web.Infrastructure.Health;

/// <summary>
/// <c>/health/live</c>: the process answers (no checks; a restart is the only cure for a failure here).
/// <c>/health/ready</c>: database, search index and mail (<see cref="HalloBot.Jobs.Mail.MailOptions"/>, registered with the mail sender); 503 while any of them fails, so the proxy sends no traffic.
/// </summary>
internal static class HealthExtensions
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    /// <summary>A check that takes longer counts as failed: a proxy probing every few seconds must get an answer.</summary>
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static IHostApplicationBuilder AddHalloBotHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag], timeout: CheckTimeout)
            .AddCheck<SearchIndexHealthCheck>("search", tags: [ReadyTag], timeout: CheckTimeout)
            .AddCheck<MailHealthCheck>("mail", tags: [ReadyTag], timeout: CheckTimeout);
        return builder;
    }

    public static WebApplication MapHalloBotHealth(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return app;
    }
}
