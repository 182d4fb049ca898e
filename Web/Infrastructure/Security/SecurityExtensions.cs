using HalloBot.Web.Features.Map;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Infrastructure.Security;

internal static class SecurityExtensions
{
    public static IHostApplicationBuilder AddHalloBotSecurity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SecurityOptions>()
            .BindConfiguration(SecurityOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // The listing map loads tiles from the office's tile server once a resident asks for the map.
        builder.Services.AddOptions<SecurityOptions>()
            .PostConfigure<IOptions<MapOptions>>((security, map) =>
            {
                if (map.Value.Enabled && map.Value.TileOrigin() is { } tiles && !security.ImageSources.Contains(tiles))
                {
                    security.ImageSources.Add(tiles);
                }
            });
        builder.Services.AddSingleton<SecurityHeaders>();
        builder.Services.AddOptions<CookiePolicyOptions>()
            .Configure<IOptions<SecurityOptions>, IHostEnvironment>((cookies, security, environment) =>
            {
                var alwaysSecure = security.Value.CookiesAlwaysSecure
                                   ?? !(environment.IsDevelopment() || environment.IsEnvironment("Testing"));
                // Every cookie the site sets (culture, antiforgery, later sign-in) passes through this policy.
                cookies.Secure = alwaysSecure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                cookies.HttpOnly = HttpOnlyPolicy.Always;
                cookies.MinimumSameSitePolicy = SameSiteMode.Lax;
            });
        return builder;
    }

    /// <summary>First in the pipeline, so that every response (static files, errors, the API) is covered.</summary>
    public static WebApplication UseHalloBotSecurity(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseCookiePolicy();
        return app;
    }
}
