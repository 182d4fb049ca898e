using System.ComponentModel.DataAnnotations;
using OpenTelemetry.Exporter;

namespace HalloBot.Web.Infrastructure.Telemetry;

/// <summary>
/// <c>HalloBot:Telemetry</c>: where metrics and traces go. Nothing leaves the process unless an OTLP endpoint is given,
/// here or in the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable (which then also reads the other <c>OTEL_*</c> variables).
/// </summary>
public sealed class TelemetryOptions : IValidatableObject
{
    public const string Section = "HalloBot:Telemetry";
    public const string StandardEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The collector, e.g. <c>http://otel-collector:4317</c>.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary><c>Grpc</c> (port 4317) or <c>HttpProtobuf</c> (port 4318).</summary>
    public OtlpExportProtocol OtlpProtocol { get; set; } = OtlpExportProtocol.Grpc;

    /// <summary>The service name the collector shows; one per deployment, the instance is told apart by its host name.</summary>
    public string ServiceName { get; set; } = "hallobot-web";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (OtlpEndpoint is not null && (!OtlpEndpoint.IsAbsoluteUri || (OtlpEndpoint.Scheme != Uri.UriSchemeHttp && OtlpEndpoint.Scheme != Uri.UriSchemeHttps)))
        {
            yield return new ValidationResult(
                $"{Section}:OtlpEndpoint is '{OtlpEndpoint}'; it must be an absolute http or https address of an OTLP collector.",
                [nameof(OtlpEndpoint)]);
        }

        if (string.IsNullOrWhiteSpace(ServiceName))
        {
            yield return new ValidationResult($"{Section}:ServiceName must not be empty.", [nameof(ServiceName)]);
        }
    }
}
