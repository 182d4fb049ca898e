using HalloBot.Web.Features.Account;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Features.Shared;

/// <summary>
/// Absolute addresses of the site's pages, for canonical links, the API, sitemaps and mails. With
/// <c>HalloBot:PublicBaseUrl</c> set they always start with it; otherwise with the request's own scheme and host,
/// which behind a proxy with <c>AllowedHosts: *</c> is whatever the client sent, so production sets it.
/// </summary>
public static class SiteUrl
{
    public static string Root(HttpRequest request)
    {
        var configured = request.HttpContext.RequestServices.GetService<IOptions<AccountOptions>>()?.Value.PublicBaseUrl;
        return string.IsNullOrWhiteSpace(configured)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : configured.TrimEnd('/');
    }

    public static string Listing(string root, string slug) => $"{root}/b/{slug}";

    public static string Category(string root, string slug) => $"{root}/kategorie/{slug}";

    public static string District(string root, string slug) => $"{root}/stadtteil/{slug}";
}
