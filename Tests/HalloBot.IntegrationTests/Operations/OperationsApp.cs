using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HalloBot.IntegrationTests.Operations;

/// <summary>
/// The real site with settings, an environment and a log of its own. <see cref="FailingPath"/> throws, so that the
/// exception handler's path (headers cleared, error page re-executed) can be seen.
/// </summary>
public class OperationsApp(string environment = "Testing", IReadOnlyDictionary<string, string>? settings = null) : HalloBotAppFactory
{
    public const string FailingPath = "/test/kaputt";

    public CapturedLog Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, FailingEndpoint>());
    }

    /// <summary>After the site's own pipeline: only a path nothing else answers reaches it.</summary>
    private sealed class FailingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate following) => context.Request.Path == FailingPath
                ? throw new InvalidOperationException("A failure for the test.")
                : following(context));
        };
    }
}
