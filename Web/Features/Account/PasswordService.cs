using HalloBot.Domain.Accounts;
using HalloBot.Domain.Persistence;
using Microsoft.AspNetCore.Identity;

namespace HalloBot.Web.Features.Account;

/// <summary>Forgotten, reset and changed passwords.</summary>
public sealed class PasswordService(UserManager<Member> users, SignInManager<Member> signIn, AccountMailer mailer, HalloBotDbContext db)
{
    /// <summary>Queues a reset link when the address has an account; the caller answers the same either way.</summary>
    public async Task RequestResetAsync(string email, string root, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(email.Trim()) is not { } member)
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(member);
        await mailer.QueuePasswordResetAsync(member, AccountLinks.ResetPasswordUrl(root, member.Id, token), token, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Sets the new password. The link came by mail, so following it proves the address too: an unconfirmed
    /// address (an account the office created with <c>create-admin</c>) counts as confirmed from here on.
    /// A successful reset also ends a lockout, since the person has just shown they own the account.
    /// </summary>
    public async Task<IdentityResult> ResetAsync(ResetPasswordForm form)
    {
        var token = AccountLinks.DecodeToken(form.Code);
        if (token is null || await users.FindByIdAsync(form.Id) is not { } member)
        {
            return IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
        }

        var result = await users.ResetPasswordAsync(member, token, form.Password);
        if (!result.Succeeded)
        {
            return result;
        }

        member.EmailConfirmed = true;
        await users.SetLockoutEndDateAsync(member, null);
        return await users.ResetAccessFailedCountAsync(member);
    }

    public async Task<IdentityResult> ChangeAsync(Member member, ChangePasswordForm form)
    {
        var result = await users.ChangePasswordAsync(member, form.CurrentPassword, form.Password);
        if (result.Succeeded)
        {
            // The security stamp changed, which would sign this browser out at the next check; keep it signed in.
            await signIn.RefreshSignInAsync(member);
        }

        return result;
    }

    /// <summary>The reset page is shown only for a link that still works, so nobody types a new password in vain.</summary>
    public async Task<bool> IsValidResetLinkAsync(string? memberId, string? code)
    {
        var token = AccountLinks.DecodeToken(code);
        return !string.IsNullOrEmpty(memberId) && token is not null && await users.FindByIdAsync(memberId) is { } member
               && await users.VerifyUserTokenAsync(member, users.Options.Tokens.PasswordResetTokenProvider, UserManager<Member>.ResetPasswordTokenPurpose, token);
    }
}
