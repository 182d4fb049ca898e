using System.Diagnostics;

namespace HalloBot.Web.Infrastructure.Telemetry;

/// <summary>
/// The id a resident can quote from an error page: the request's W3C trace id, which every log line of the request
/// carries (as <c>TraceId</c>) and the trace in the collector is filed under.
/// </summary>
public static class RequestIds
{
    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Activity.Current is { TraceId: var traceId } && traceId != default
            ? traceId.ToHexString()
            : context.TraceIdentifier;
    }
}
