using Microsoft.AspNetCore.Identity;

namespace HalloBot.Domain.Accounts;

/// <summary>
/// A person with an account: a business member, or one of the office's staff (role <see cref="Roles.Admin"/>).
/// The businesses they keep are their <see cref="Businesses.ListingMembership"/> rows.
/// </summary>
public sealed class Member : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    /// <summary>The name shown to colleagues and in the audit trail.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The language of the mails this member receives: <c>de</c> or <c>en</c>.</summary>
    public string PreferredCulture { get; set; } = "de";

    public DateTime CreatedAt { get; set; }
}
