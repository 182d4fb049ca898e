using HalloBot.Domain.Accounts;
using HalloBot.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Features.Account;

public enum SignInOutcome
{
    SignedIn,
    RequiresTwoFactor,
    LockedOut,
    NotConfirmed,
    Invalid,
}

/// <param name="LockedUntil">For <see cref="SignInOutcome.LockedOut"/>: the end of the lockout, in Bottrop's time.</param>
public sealed record SignInAttempt(SignInOutcome Outcome, DateTimeOffset? LockedUntil = null);

/// <summary>Sign-in with password, then with a second factor where the member has switched it on.</summary>
public sealed class SignInService(SignInManager<Member> signIn, UserManager<Member> users, IOptions<RegionOptions> region)
{
    public async Task<SignInAttempt> PasswordAsync(SignInForm form)
    {
        var member = await users.FindByEmailAsync(form.Email.Trim());
        if (member is null)
        {
            return new SignInAttempt(SignInOutcome.Invalid);
        }

        // Failures count towards the lockout (5 in a row lock the account for 15 minutes).
        var result = await signIn.PasswordSignInAsync(member, form.Password, form.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return new SignInAttempt(SignInOutcome.SignedIn);
        }

        if (result.RequiresTwoFactor)
        {
            return new SignInAttempt(SignInOutcome.RequiresTwoFactor);
        }

        if (result.IsLockedOut)
        {
            return await LockedOutAsync(member);
        }

        if (result.IsNotAllowed)
        {
            return await NotAllowedAsync(member, form.Password);
        }

        return new SignInAttempt(SignInOutcome.Invalid);
    }

    public async Task<SignInAttempt> AuthenticatorCodeAsync(TwoFactorSignInForm form)
    {
        var code = form.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, form.RememberMe, form.RememberDevice);
        return await TwoFactorOutcomeAsync(result);
    }

    public async Task<SignInAttempt> RecoveryCodeAsync(RecoveryCodeSignInForm form)
    {
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(form.Code.Replace(" ", "", StringComparison.Ordinal));
        return await TwoFactorOutcomeAsync(result);
    }

    /// <summary>True while a password was accepted and the second factor is awaited.</summary>
    public async Task<bool> AwaitsSecondFactorAsync() => await signIn.GetTwoFactorAuthenticationUserAsync() is not null;

    public Task SignOutAsync() => signIn.SignOutAsync();

    private async Task<SignInAttempt> TwoFactorOutcomeAsync(SignInResult result)
    {
        if (result.Succeeded)
        {
            return new SignInAttempt(SignInOutcome.SignedIn);
        }

        if (result.IsLockedOut && await signIn.GetTwoFactorAuthenticationUserAsync() is { } member)
        {
            return await LockedOutAsync(member);
        }

        return new SignInAttempt(SignInOutcome.Invalid);
    }

    private async Task<SignInAttempt> LockedOutAsync(Member member)
    {
        var end = await users.GetLockoutEndDateAsync(member);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(region.Value.TimeZone);
        return new SignInAttempt(SignInOutcome.LockedOut, end is { } e ? TimeZoneInfo.ConvertTime(e, zone) : null);
    }

    /// <summary>
    /// Identity refuses an unconfirmed account before it looks at the password. Saying "confirm your address" to
    /// anyone would tell them the account exists, so only the right password hears it; a wrong one counts as a failure.
    /// </summary>
    private async Task<SignInAttempt> NotAllowedAsync(Member member, string password)
    {
        if (!member.EmailConfirmed && await users.CheckPasswordAsync(member, password))
        {
            return new SignInAttempt(SignInOutcome.NotConfirmed);
        }

        await users.AccessFailedAsync(member);
        return new SignInAttempt(SignInOutcome.Invalid);
    }
}
