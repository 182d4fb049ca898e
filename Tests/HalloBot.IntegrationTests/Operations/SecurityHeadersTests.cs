using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HalloBot.IntegrationTests.Operations;

/// <summary>Every response carries the security headers: pages, static files, the API, errors, 404s and health.</summary>
public sealed class SecurityHeadersTests : IClassFixture<SecurityHeadersTests.ProductionApp>, IAsyncDisposable
{
    private readonly ProductionApp _production;
    private readonly OperationsApp _testing = new();

    public SecurityHeadersTests(ProductionApp production) => _production = production;

    public ValueTask DisposeAsync() => _testing.DisposeAsync();

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/js/search-suggest.js", HttpStatusCode.OK)]
    [InlineData("/api/v1/categories", HttpStatusCode.OK)]
    [InlineData("/api/v1/listings/gibt-es-nicht", HttpStatusCode.NotFound)]
    [InlineData("/gibt/es/nicht", HttpStatusCode.NotFound)]
    [InlineData("/sitemap.xml", HttpStatusCode.OK)]
    [InlineData("/suche?q=b%C3%A4cker", HttpStatusCode.OK)]
    [InlineData("/health/live", HttpStatusCode.OK)]
    [InlineData(OperationsApp.FailingPath, HttpStatusCode.InternalServerError)]
    public async Task Response_AnyKindOfPath_CarriesEverySecurityHeader(string path, HttpStatusCode expected)
    {
        using var client = _production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        AssertSecurityHeaders(response);
        Assert.Equal("max-age=31536000; includeSubDomains", Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task Response_InTestingOverHttp_CarriesHeadersButNoHsts()
    {
        using var client = _testing.CreateClient();
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        AssertSecurityHeaders(response);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS belongs to production over https only.");
    }

    [Fact]
    public async Task Response_InProductionOverHttp_HasNoHsts()
    {
        using var client = _production.CreateClient();
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        AssertSecurityHeaders(response);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "Browsers ignore HSTS over http; it is not sent.");
    }

    [Fact]
    public async Task ContentSecurityPolicy_WithConfiguredImageSource_AllowsItForImagesOnly()
    {
        await using var app = new OperationsApp(settings: new Dictionary<string, string>
        {
            ["HalloBot:Security:ImageSources:0"] = "https://tile.example.org",
            ["HalloBot:Map:Enabled"] = "false",
        });
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        var directives = Directives(Header(response, "Content-Security-Policy"));
        Assert.Equal("'self' data: https://tile.example.org", directives["img-src"]);
        Assert.Equal("'self'", directives["connect-src"]);
        Assert.Equal("'self'", directives["default-src"]);
    }

    [Theory]
    [InlineData("https://tiles.example.org/{z}/{x}/{y}.png", "true", "'self' data: https://tiles.example.org")]
    [InlineData("https://tiles.example.org:8443/osm/{z}/{x}/{y}.png", "true", "'self' data: https://tiles.example.org:8443")]
    [InlineData("https://tiles.example.org/{z}/{x}/{y}.png", "false", "'self' data:")]
    public async Task ContentSecurityPolicy_MapTileServer_IsAllowedForImagesWhileTheMapIsOn(string tiles, string enabled, string imageSources)
    {
        await using var app = new OperationsApp(settings: new Dictionary<string, string>
        {
            ["HalloBot:Map:TileUrlTemplate"] = tiles,
            ["HalloBot:Map:Enabled"] = enabled,
        });
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        var directives = Directives(Header(response, "Content-Security-Policy"));
        Assert.Equal(imageSources, directives["img-src"]);
        Assert.Equal("'self'", directives["connect-src"]);
    }

    [Theory]
    [InlineData("http://tile.example.org")]
    [InlineData("https://tile.example.org/tiles")]
    [InlineData("https://tile.example.org; script-src *")]
    [InlineData("'unsafe-inline'")]
    public async Task Start_WithInvalidImageSource_FailsNamingTheSetting(string source)
    {
        await using var app = new OperationsApp(settings: new Dictionary<string, string> { ["HalloBot:Security:ImageSources:0"] = source });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains("HalloBot:Security:ImageSources:0", AllMessages(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeveloperExceptionPage_InDevelopment_GoesWithoutThePolicyItsInlineCodeWouldBreak()
    {
        await using var app = new OperationsApp("Development");
        using var client = app.CreateClient();
        using var failure = await client.GetAsync(new Uri(OperationsApp.FailingPath, UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, failure.StatusCode);
        Assert.False(failure.Headers.Contains("Content-Security-Policy"));
        Assert.Equal("nosniff", Header(failure, "X-Content-Type-Options"));
        AssertSecurityHeaders(page);
    }

    [Fact]
    public async Task CultureCookie_InProduction_IsSecureHttpOnlyAndLax()
    {
        using var client = _production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri("/sprache/en", UriKind.Relative));

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CultureCookie_InTestingOverHttp_IsHttpOnlyAndLaxButNotSecure()
    {
        using var client = _testing.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri("/sprache/en", UriKind.Relative));

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.DoesNotContain("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    internal static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var csp = Header(response, "Content-Security-Policy");
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        var directives = Directives(csp);
        Assert.Equal("'self'", directives["default-src"]);
        Assert.Equal("'self'", directives["script-src"]);
        Assert.Equal("'self'", directives["style-src"]);
        Assert.Equal("'none'", directives["frame-ancestors"]);
        Assert.Equal("'self'", directives["form-action"]);
        Assert.Equal("'self'", directives["base-uri"]);
        Assert.Equal("'none'", directives["object-src"]);
        Assert.StartsWith("'self' data:", directives["img-src"], StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        var permissions = Header(response, "Permissions-Policy").Split(", ");
        Assert.Contains("geolocation=(self)", permissions);
        Assert.Contains("camera=()", permissions);
        Assert.Contains("microphone=()", permissions);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri} answered without {name}.");

    private static Dictionary<string, string> Directives(string csp) => csp
        .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(d => d.Split(' ', 2))
        .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");

    private static string AllMessages(Exception error)
    {
        var messages = new List<string>();
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }

        return string.Join(" / ", messages);
    }

    public sealed class ProductionApp() : OperationsApp("Production");
}
