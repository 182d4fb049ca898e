using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Infrastructure.RateLimiting;

/// <summary>The rate limiter and its named policies (<see cref="RateLimitPolicies"/>).</summary>
internal static class RateLimitingExtensions
{
    public const string TooManyRequestsView = "/Features/Account/TooManyRequests.cshtml";

    public static IServiceCollection AddHalloBotRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>()
            .BindConfiguration(RateLimitOptions.Section)
            .Validate(o => RateLimitPolicies.All.All(p => IsValid(o.For(p))),
                "Each HalloBot:RateLimits entry needs PermitLimit and WindowSeconds of at least 1.")
            .ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            foreach (var policy in RateLimitPolicies.All)
            {
                limiter.AddPolicy(policy, context => Partition(context, policy));
            }

            limiter.OnRejected = (context, cancellationToken) => RejectAsync(context.HttpContext, context.Lease, cancellationToken);
        });
        return services;
    }

    /// <summary>
    /// The policy's fixed window for this client: the signed-in member for uploads, otherwise the client's address.
    /// Behind a reverse proxy the address is the proxy's until forwarded headers are configured.
    /// </summary>
    private static RateLimitPartition<string> Partition(HttpContext context, string policy)
    {
        var limit = context.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitOptions>>().CurrentValue.For(policy);
        var memberId = policy == RateLimitPolicies.Uploads ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        var key = memberId is not null
            ? $"member:{memberId}"
            : $"ip:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static bool IsValid(RateLimit limit) => limit.PermitLimit >= 1 && limit.WindowSeconds >= 1;

    /// <summary>
    /// Gives a policy its own 429 page instead of the general one. The limiter has a single rejection handler, so a
    /// feature that sets <c>OnRejected</c> itself would silently replace every other policy's page.
    /// </summary>
    public static IServiceCollection AddRateLimitRejectionView(this IServiceCollection services, string policy, string viewName)
    {
        services.Configure<RateLimitRejectionViews>(views => views.ByPolicy[policy] = viewName);
        return services;
    }

    /// <summary>429 with <c>Retry-After</c> and a page that says, in the visitor's language, how long to wait.</summary>
    private static async ValueTask RejectAsync(HttpContext context, RateLimitLease lease, CancellationToken cancellationToken)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            // Like the API's other errors: problem+json in English, saying when to come back.
            var problem = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = string.Create(CultureInfo.InvariantCulture,
                    $"This client has reached the limit for {context.Request.Path.Value}. Try again in {seconds} seconds (Retry-After)."),
            };
            await context.Response.WriteAsJsonAsync(problem, (JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
            return;
        }

        var policy = context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
        var views = context.RequestServices.GetRequiredService<IOptions<RateLimitRejectionViews>>().Value.ByPolicy;
        var routeData = context.GetRouteData();
        var view = new ViewResult
        {
            ViewName = policy is not null && views.TryGetValue(policy, out var own) ? own : TooManyRequestsView,
            ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary())
            {
                Model = new TooManyRequestsModel((int)Math.Ceiling(seconds / 60.0)),
            },
            StatusCode = StatusCodes.Status429TooManyRequests,
        };
        await view.ExecuteResultAsync(new ActionContext(context, routeData, new ActionDescriptor()));
        cancellationToken.ThrowIfCancellationRequested();
    }
}

/// <summary>The 429 pages of policies that have their own (<see cref="RateLimitingExtensions.AddRateLimitRejectionView"/>).</summary>
public sealed class RateLimitRejectionViews
{
    public Dictionary<string, string> ByPolicy { get; } = new(StringComparer.Ordinal);
}

/// <summary>What the 429 page shows: the minutes until the next try (at least one).</summary>
public sealed record TooManyRequestsModel(int Minutes);
