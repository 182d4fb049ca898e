namespace HalloBot.Web.Infrastructure.Authorization;

public static class Policies
{
    /// <summary>The office's staff (role Admin): <c>[Authorize(Policy = Policies.Staff)]</c>.</summary>
    public const string Staff = "Staff";
}
