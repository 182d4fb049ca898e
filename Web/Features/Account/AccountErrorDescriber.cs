using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Account;

/// <summary>Identity's error messages in the visitor's language (German first), from the site's resources.</summary>
public sealed class AccountErrorDescriber(IStringLocalizer<SharedResource> t) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Account.Error.Default");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Account.Error.Concurrency");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Account.Error.PasswordMismatch");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Account.Error.InvalidToken");

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), "Account.Error.RecoveryCode");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "Account.Error.InvalidEmail");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "Account.Error.InvalidEmail");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "Account.Error.DuplicateEmail");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "Account.Error.DuplicateEmail");

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "Account.Error.AlreadyHasPassword");

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), "Account.Error.PasswordTooShort", length);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), "Account.Error.PasswordTooFewDistinct", uniqueChars);

    public IdentityError PasswordIsCommon() => Error(nameof(PasswordIsCommon), "Account.Error.PasswordCommon");

    public IdentityError PasswordIsUserName() => Error(nameof(PasswordIsUserName), "Account.Error.PasswordIsEmail");

    public IdentityError PasswordTooFewDistinctCharacters(int count) =>
        Error(nameof(PasswordTooFewDistinctCharacters), "Account.Error.PasswordTooFewDistinct", count);

    private IdentityError Error(string code, string key, params object[] arguments) =>
        new() { Code = code, Description = t[key, arguments].Value };
}
