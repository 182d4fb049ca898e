using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Features.Accessibility;

internal static class AccessibilityExtensions
{
    public const string ReportPolicy = "barrier-report";

    public static IServiceCollection AddHalloBotAccessibility(this IServiceCollection services)
    {
        services.AddOptions<AccessibilityOptions>().BindConfiguration(AccessibilityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IBarrierReportSink, PickupFolderBarrierReportSink>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Per IP address: behind a reverse proxy this needs the forwarded-headers middleware, or all share one count.
            o.AddPolicy(ReportPolicy, context =>
            {
                var perHour = context.RequestServices.GetRequiredService<IOptions<AccessibilityOptions>>().Value.ReportsPerHour;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 });
            });
            o.OnRejected = TooManyReportsAsync;
        });
        return services;
    }

    /// <summary>A page in the visitor's language that says what happened and how else to reach the office.</summary>
    private static async ValueTask TooManyReportsAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        if (http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName != ReportPolicy)
        {
            return;
        }

        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        var page = new ViewResult { ViewName = "/Features/Accessibility/TooManyReports.cshtml", StatusCode = StatusCodes.Status429TooManyRequests };
        await page.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor()));
    }
}
