using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace HalloBot.Web.Infrastructure.Telemetry;

/// <summary>
/// The path a log line or a span may carry. Several links are secrets in themselves (a reservation's, an invitation's,
/// an unsubscribe link's token): whoever reads the log could open them. A routed request is named by its route template
/// (<c>/reservierung/{token}</c>); one that matched no route keeps its short segments and loses every long one, which
/// is what a token looks like.
/// </summary>
public static class RequestPaths
{
    /// <summary>Longest segment kept of a path no route matched; tokens are longer, words and slugs mostly are not.</summary>
    public const int LongestKeptSegment = 24;

    public const string RedactedSegment = "{redacted}";

    /// <summary>
    /// The requested path as it may be logged. The error pages re-execute a request under their own path and route:
    /// the name stays the one of the route the resident asked for (see <see cref="RouteRecorder"/>).
    /// </summary>
    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<RouteRecorder>() is { } recorder)
        {
            return recorder.Template ?? Redact(recorder.RequestedPath);
        }

        return TemplateOf(context.GetEndpoint()) ?? Redact(context.Request.PathBase.Add(context.Request.Path).Value);
    }

    public static string Redact(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "/";
        }

        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].Length > LongestKeptSegment)
            {
                segments[i] = RedactedSegment;
            }
        }

        return string.Join('/', segments);
    }

    private static string? TemplateOf(Endpoint? endpoint) =>
        endpoint is RouteEndpoint { RoutePattern.RawText: { } raw } ? "/" + raw.TrimStart('/') : null;

    /// <summary>
    /// Stands in for the request's endpoint feature and notes the route chosen for the path the resident asked for,
    /// before an error page re-executes the request under another one.
    /// </summary>
    internal sealed class RouteRecorder : IEndpointFeature
    {
        private readonly HttpContext _context;
        private Endpoint? _endpoint;

        private RouteRecorder(HttpContext context)
        {
            _context = context;
            RequestedPath = context.Request.PathBase.Add(context.Request.Path).Value ?? "/";
            _endpoint = context.Features.Get<IEndpointFeature>()?.Endpoint;
        }

        public string RequestedPath { get; }

        public string? Template { get; private set; }

        public Endpoint? Endpoint
        {
            get => _endpoint;
            set
            {
                _endpoint = value;
                if (Template is null && _context.Request.PathBase.Add(_context.Request.Path).Value == RequestedPath)
                {
                    Template = TemplateOf(value);
                }
            }
        }

        public static void Install(HttpContext context)
        {
            var recorder = new RouteRecorder(context);
            context.Features.Set<IEndpointFeature>(recorder);
            context.Features.Set(recorder);
        }
    }
}
