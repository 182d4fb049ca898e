namespace HalloBot.Web.Features.Shared;

/// <summary>Absolute URLs for canonical links, OpenGraph and the sitemap, from the request's scheme and host.</summary>
public static class SiteUrl
{
    public static string Root(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    public static string Listing(string root, string slug) => $"{root}/b/{slug}";

    public static string Category(string root, string slug) => $"{root}/kategorie/{slug}";

    public static string District(string root, string slug) => $"{root}/stadtteil/{slug}";
}
