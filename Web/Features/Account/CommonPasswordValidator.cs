using HalloBot.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace HalloBot.Web.Features.Account;

/// <summary>
/// Refuses passwords that attackers try first: those on the list of common passwords (also with digits or
/// symbols around them, or said twice: "Schalke04!", "bottropbottrop"), a few characters repeated, and the
/// member's own e-mail address or user name. Length is checked by Identity's own validator.
/// </summary>
public sealed class CommonPasswordValidator(CommonPasswordList list, IdentityErrorDescriber describer) : IPasswordValidator<Member>
{
    private const int MinimumDistinctCharacters = 5;
    private const int MinimumWordLength = 4;

    public Task<IdentityResult> ValidateAsync(UserManager<Member> manager, Member user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var errors = describer as AccountErrorDescriber;
        var lower = password.Trim().ToLowerInvariant();
        if (IsOwnName(lower, user))
        {
            return Fail(errors?.PasswordIsUserName() ?? describer.DefaultError());
        }

        if (IsCommon(lower))
        {
            return Fail(errors?.PasswordIsCommon() ?? describer.DefaultError());
        }

        if (lower.Distinct().Count() < MinimumDistinctCharacters)
        {
            return Fail(errors?.PasswordTooFewDistinctCharacters(MinimumDistinctCharacters) ?? describer.DefaultError());
        }

        return Task.FromResult(IdentityResult.Success);
    }

    private bool IsCommon(string lower)
    {
        if (list.Contains(lower))
        {
            return true;
        }

        var core = lower.Trim(Affix);
        if (core.Length == 0 || (core.Length >= MinimumWordLength && list.Contains(core)))
        {
            return true;
        }

        return Repeated(core) is { } unit && (unit.Length < MinimumWordLength || list.Contains(unit) || IsCommon(unit));
    }

    private static bool IsOwnName(string lower, Member user)
    {
        var email = user.Email?.ToLowerInvariant();
        var localPart = email?.Split('@')[0];
        return lower == email || lower == user.UserName?.ToLowerInvariant() || lower == localPart;
    }

    /// <summary>The shorter string that <paramref name="text"/> repeats ("hallohallo" → "hallo"), or null.</summary>
    private static string? Repeated(string text)
    {
        for (var length = 1; length <= text.Length / 2; length++)
        {
            if (text.Length % length == 0 && string.Concat(Enumerable.Repeat(text[..length], text.Length / length)) == text)
            {
                return text[..length];
            }
        }

        return null;
    }

    // Digits and symbols added before or after a word do not make it harder to guess: guessers add them too.
    private static readonly char[] Affix = "0123456789!\"§$%&/()=?*+#'-_.:,;<>@^°~ ".ToCharArray();

    private static Task<IdentityResult> Fail(IdentityError error) => Task.FromResult(IdentityResult.Failed(error));
}
