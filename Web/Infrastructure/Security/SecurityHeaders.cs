using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace HalloBot.Web.Infrastructure.Security;

/// <summary>
/// The security headers every response carries, computed once from <see cref="SecurityOptions"/>. No inline script
/// or style is allowed: pages load their scripts and styles from files, and JSON-LD data blocks are not executed.
/// </summary>
public sealed class SecurityHeaders
{
    public const string PermissionsPolicyHeader = "Permissions-Policy";
    public const string CrossOriginOpenerPolicyHeader = "Cross-Origin-Opener-Policy";

    /// <summary>A year, as the HSTS preload list and Lighthouse expect.</summary>
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    // Geolocation for the search page's "in meiner Nähe"; every other powerful feature is off.
    public const string PermissionsPolicy =
        "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), accelerometer=(), gyroscope=(), magnetometer=(), midi=(), display-capture=()";

    private readonly bool _sendsHsts;
    private readonly bool _showsDeveloperExceptionPage;

    public SecurityHeaders(IOptions<SecurityOptions> options, IHostEnvironment environment)
    {
        ContentSecurityPolicy = BuildContentSecurityPolicy(options.Value.ImageSources);
        _sendsHsts = environment.IsProduction();
        _showsDeveloperExceptionPage = environment.IsDevelopment();
    }

    public string ContentSecurityPolicy { get; }

    public static string BuildContentSecurityPolicy(IEnumerable<string> imageSources) => string.Join("; ",
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        string.Join(' ', ["img-src 'self' data:", .. imageSources]),
        "connect-src 'self'",
        "font-src 'self'",
        "frame-ancestors 'none'",
        "form-action 'self'",
        "base-uri 'self'",
        "object-src 'none'");

    public void ApplyTo(HttpContext context)
    {
        var headers = context.Response.Headers;
        // ASP.NET Core's developer exception page (Development only) is built of inline styles and scripts.
        if (!(_showsDeveloperExceptionPage && context.Response.StatusCode >= StatusCodes.Status500InternalServerError))
        {
            headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
        }

        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        // Antiforgery writes SAMEORIGIN; the site is framed by no one (frame-ancestors 'none' says the same to newer browsers).
        headers[HeaderNames.XFrameOptions] = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers[PermissionsPolicyHeader] = PermissionsPolicy;
        headers[CrossOriginOpenerPolicyHeader] = "same-origin";
        // Browsers ignore HSTS over plain http, and outside production it would pin a developer's or tester's host to https.
        if (_sendsHsts && context.Request.IsHttps)
        {
            headers[HeaderNames.StrictTransportSecurity] = StrictTransportSecurity;
        }
    }
}
