namespace HalloBot.Web.Features.Admin;

/// <summary>The one-line confirmation a page shows after a change, carried across the redirect in TempData.</summary>
public static class AdminNotice
{
    public const string Key = "Admin.Notice";
}
