using System.Collections;

namespace HalloBot.Web.Infrastructure.Telemetry;

/// <summary>
/// The scope every log line of a request carries: <c>RequestId</c> and <c>RequestPath</c>, the latter through
/// <see cref="RequestPaths"/> so that no link token reaches the log. It replaces ASP.NET Core's own request scope,
/// which holds the raw path (see <see cref="PrivacyFilters"/>). Read when a line is written: once routing has
/// chosen an endpoint for the requested path, the line names its template.
/// </summary>
internal sealed class RequestLogScope(HttpContext context) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => 2;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("RequestId", context.TraceIdentifier),
        1 => new("RequestPath", Path),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    private string Path => RequestPaths.Of(context);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"RequestPath:{Path} RequestId:{context.TraceIdentifier}";

    /// <summary>First in the pipeline, before anything that logs.</summary>
    public sealed class StartupFilter(ILoggerFactory loggers) : IStartupFilter
    {
        private readonly ILogger _logger = loggers.CreateLogger("HalloBot.Requests");

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                RequestPaths.RouteRecorder.Install(context);
                using (_logger.BeginScope(new RequestLogScope(context)))
                {
                    await following(context);
                }
            });
            next(app);
        };
    }
}
