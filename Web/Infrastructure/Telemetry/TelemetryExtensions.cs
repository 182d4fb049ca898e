using HalloBot.Search.Contract;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace HalloBot.Web.Infrastructure.Telemetry;

/// <summary>
/// Structured logs, OpenTelemetry metrics (requests, runtime, search latency, job queues) and traces (requests,
/// searches). Exported over OTLP only when an endpoint is configured (<see cref="TelemetryOptions"/>).
/// </summary>
internal static class TelemetryExtensions
{
    private const string UrlPathTag = "url.path";

    /// <summary>Call after the search index is registered: it wraps it to time searches.</summary>
    public static IHostApplicationBuilder AddHalloBotTelemetry(this IHostApplicationBuilder builder)
    {
        builder.AddHalloBotLogging();
        builder.Services.AddOptions<TelemetryOptions>()
            .BindConfiguration(TelemetryOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();

        builder.Services.AddSingleton<HalloBotTelemetry>();
        builder.Services.AddHostedService<JobQueueMetrics>();
        builder.Services.DecorateSearchIndex();

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(options.ServiceName, serviceInstanceId: Environment.MachineName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(HalloBotTelemetry.Name))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o =>
                {
                    o.Filter = IsTraced;
                    // url.path is the raw path, link tokens included: replaced as soon as the span starts, and by the
                    // route template once the request has been routed.
                    o.EnrichWithHttpRequest = (activity, request) => activity.SetTag(UrlPathTag, RequestPaths.Redact(request.PathBase.Add(request.Path).Value));
                    o.EnrichWithHttpResponse = (activity, response) => activity.SetTag(UrlPathTag, RequestPaths.Of(response.HttpContext));
                })
                .AddSource(HalloBotTelemetry.Name));

        if (!string.IsNullOrWhiteSpace(builder.Configuration[TelemetryOptions.StandardEndpointVariable]))
        {
            telemetry.UseOtlpExporter();
        }
        else if (options.OtlpEndpoint is not null)
        {
            telemetry.UseOtlpExporter(options.OtlpProtocol, options.OtlpEndpoint);
        }

        return builder;
    }

    /// <summary>The proxy probes health every few seconds: those requests would bury the residents' ones.</summary>
    private static bool IsTraced(HttpContext context) => !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);

    private static void DecorateSearchIndex(this IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(ISearchIndex))
            ?? throw new InvalidOperationException("Register the search index before telemetry: telemetry times its searches.");
        services.Remove(registered);
        services.Add(new ServiceDescriptor(
            typeof(ISearchIndex),
            sp => new InstrumentedSearchIndex(Create(sp, registered), sp.GetRequiredService<HalloBotTelemetry>()),
            registered.Lifetime));
    }

    private static ISearchIndex Create(IServiceProvider services, ServiceDescriptor descriptor) => (ISearchIndex)(
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
