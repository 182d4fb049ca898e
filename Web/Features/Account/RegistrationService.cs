using HalloBot.Domain.Accounts;
using HalloBot.Domain.Persistence;
using Microsoft.AspNetCore.Identity;

namespace HalloBot.Web.Features.Account;

/// <summary>New accounts and the confirmation of their address.</summary>
public sealed class RegistrationService(UserManager<Member> users, AccountMailer mailer, HalloBotDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Creates the account and queues its confirmation mail, in one transaction. For an address that has an account
    /// already, the answer is the same success, and that address is told by mail instead: the form must not reveal
    /// who has an account. The password is checked first, for everyone, for the same reason.
    /// </summary>
    public async Task<IdentityResult> RegisterAsync(RegisterForm form, string root, CancellationToken cancellationToken)
    {
        var email = form.Email.Trim();
        var member = new Member
        {
            UserName = email,
            Email = email,
            DisplayName = form.DisplayName.Trim(),
            PreferredCulture = form.Language,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var passwordCheck = await ValidatePasswordAsync(member, form.Password);
        if (!passwordCheck.Succeeded)
        {
            return passwordCheck;
        }

        if (await users.FindByEmailAsync(email) is { } existing)
        {
            await TellExistingAsync(existing, root, cancellationToken);
            return IdentityResult.Success;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(member, form.Password);
        if (!created.Succeeded)
        {
            return created;
        }

        await QueueConfirmationAsync(member, root, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return IdentityResult.Success;
    }

    /// <returns>False for an unknown member or a token that is wrong or expired.</returns>
    public async Task<bool> ConfirmAsync(string? memberId, string? code)
    {
        var token = AccountLinks.DecodeToken(code);
        if (string.IsNullOrEmpty(memberId) || token is null || await users.FindByIdAsync(memberId) is not { } member)
        {
            return false;
        }

        return member.EmailConfirmed || (await users.ConfirmEmailAsync(member, token)).Succeeded;
    }

    /// <summary>A new confirmation mail for an unconfirmed account; nothing (and the same answer) for any other address.</summary>
    public async Task ResendAsync(string email, string root, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(email.Trim()) is { EmailConfirmed: false } member)
        {
            await QueueConfirmationAsync(member, root, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task TellExistingAsync(Member existing, string root, CancellationToken cancellationToken)
    {
        if (existing.EmailConfirmed)
        {
            await mailer.QueueAlreadyRegisteredAsync(existing, root + AccountLinks.ForgotPassword, cancellationToken);
        }
        else
        {
            await QueueConfirmationAsync(existing, root, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task QueueConfirmationAsync(Member member, string root, CancellationToken cancellationToken)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(member);
        await mailer.QueueConfirmationAsync(member, AccountLinks.ConfirmUrl(root, member.Id, token), token, cancellationToken);
    }

    private async Task<IdentityResult> ValidatePasswordAsync(Member member, string password)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, member, password);
            errors.AddRange(result.Errors);
        }

        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }
}
