namespace HalloBot.Domain.Accounts;

/// <summary>The roles of the site. Business members need no role: their memberships say what they keep.</summary>
public static class Roles
{
    /// <summary>The office's staff: review queue, categories and districts, users, import and export, jobs.</summary>
    public const string Admin = "Admin";
}
