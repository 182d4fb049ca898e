namespace HalloBot.Web.Infrastructure.RateLimiting;

/// <summary>
/// The names of the site's rate-limit policies, for <c>[EnableRateLimiting(RateLimitPolicies.SignIn)]</c> on the
/// POST action that does the work (not on the GET that shows the form). A request over the limit is answered
/// with 429, a German page and <c>Retry-After</c>. Limits are set under <c>HalloBot:RateLimits:{Name}</c>.
/// </summary>
public static class RateLimitPolicies
{
    /// <summary>Sign-in attempts (password, two-factor code, recovery code), per client address.</summary>
    public const string SignIn = "SignIn";

    /// <summary>New accounts and requests for a new confirmation mail, per client address.</summary>
    public const string Registration = "Registration";

    /// <summary>Requests for a password-reset mail and reset attempts, per client address.</summary>
    public const string PasswordReset = "PasswordReset";

    /// <summary>Photo uploads, per signed-in member (per client address for anyone else).</summary>
    public const string Uploads = "Uploads";

    /// <summary>Forms anyone may send (barrier reports, feedback, reservations), per client address.</summary>
    public const string PublicForms = "PublicForms";

    /// <summary>Reservations sent (each starts an unconfirmed reservation and a mail to the address typed), per client address.</summary>
    public const string Reservations = "Reservations";

    /// <summary>
    /// Open-data downloads (CSV, GeoJSON), per client address: each streams every published listing, so a client that
    /// fetches them in a loop would keep a core busy. An unchanged file answered with 304 counts too.
    /// </summary>
    public const string OpenData = "OpenData";

    public static readonly IReadOnlyList<string> All = [SignIn, Registration, PasswordReset, Uploads, PublicForms, Reservations, OpenData];
}
