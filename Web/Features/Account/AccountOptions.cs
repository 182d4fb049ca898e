namespace HalloBot.Web.Features.Account;

/// <summary>
/// <c>HalloBot:PublicBaseUrl</c>: the site's address as residents reach it. Every absolute link (canonical links,
/// the API, open data, sitemaps, mails) starts with it when set (<see cref="Shared.SiteUrl"/>); the command line
/// needs it for links in mails it writes without a request.
/// </summary>
public sealed class AccountOptions
{
    public const string Section = "HalloBot";

    /// <summary>Used by the command line when nothing is configured: the address of <c>dotnet run --project Web</c>.</summary>
    public const string DevelopmentBaseUrl = "http://127.0.0.1:5080";

    public string? PublicBaseUrl { get; set; }
}
