using System.Threading.RateLimiting;
using HalloBot.Web.Infrastructure.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Features.Accessibility;

internal static class AccessibilityExtensions
{
    public const string ReportPolicy = "barrier-report";

    public static IServiceCollection AddHalloBotAccessibility(this IServiceCollection services)
    {
        services.AddOptions<AccessibilityOptions>().BindConfiguration(AccessibilityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<IBarrierReportSink, MailQueueBarrierReportSink>();
        services.AddRateLimiter(o =>
        {
            // Per IP address: behind a reverse proxy this needs the forwarded-headers middleware, or all share one count.
            o.AddPolicy(ReportPolicy, context =>
            {
                var perHour = context.RequestServices.GetRequiredService<IOptions<AccessibilityOptions>>().Value.ReportsPerHour;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 });
            });
        });
        services.AddRateLimitRejectionView(ReportPolicy, "/Features/Accessibility/TooManyReports.cshtml");
        return services;
    }
}
