namespace HalloBot.Web.Features.Account;

/// <summary>
/// <c>HalloBot:PublicBaseUrl</c>: the site's address as residents reach it, for links in mails written without a
/// request (the <c>create-admin</c> command). Pages build their links from the request itself.
/// </summary>
public sealed class AccountOptions
{
    public const string Section = "HalloBot";

    /// <summary>Used by the command line when nothing is configured: the address of <c>dotnet run --project Web</c>.</summary>
    public const string DevelopmentBaseUrl = "http://127.0.0.1:5080";

    public string? PublicBaseUrl { get; set; }
}
