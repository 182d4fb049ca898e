using HalloBot.Domain.Accounts;
using HalloBot.Web.Infrastructure.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace HalloBot.Web.Features.Account;

public sealed class PasswordController(PasswordService passwords, UserManager<Member> users) : AccountPageController
{
    [HttpGet(AccountLinks.ForgotPassword)]
    public IActionResult Forgot() => Page("ForgotPassword", new EmailForm());

    [HttpPost(AccountLinks.ForgotPassword)]
    [EnableRateLimiting(RateLimitPolicies.PasswordReset)]
    public async Task<IActionResult> Forgot(EmailForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page("ForgotPassword", form);
        }

        await passwords.RequestResetAsync(form.Email, Root, cancellationToken);
        return Redirect(AccountLinks.ForgotPasswordSent);
    }

    [HttpGet(AccountLinks.ForgotPasswordSent)]
    public IActionResult ForgotSent() => Page("ForgotPasswordSent");

    [HttpGet(AccountLinks.ResetPassword)]
    public async Task<IActionResult> Reset(string? id, string? code)
    {
        if (!await passwords.IsValidResetLinkAsync(id, code))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page("ResetPasswordInvalid");
        }

        return Page("ResetPassword", new ResetPasswordForm { Id = id!, Code = code! });
    }

    [HttpPost(AccountLinks.ResetPassword)]
    [EnableRateLimiting(RateLimitPolicies.PasswordReset)]
    public async Task<IActionResult> Reset(ResetPasswordForm form)
    {
        if (!ModelState.IsValid)
        {
            return Page("ResetPassword", form);
        }

        var result = await passwords.ResetAsync(form);
        if (!result.Succeeded)
        {
            AddErrors(result, nameof(ResetPasswordForm.Password));
            return Page("ResetPassword", form);
        }

        return Page("ResetPasswordDone");
    }

    [Authorize]
    [HttpGet(AccountLinks.ChangePassword)]
    public IActionResult Change() => Page("ChangePassword", new ChangePasswordForm());

    [Authorize]
    [HttpPost(AccountLinks.ChangePassword)]
    public async Task<IActionResult> Change(ChangePasswordForm form)
    {
        if (!ModelState.IsValid)
        {
            return Page("ChangePassword", form);
        }

        var member = await users.GetUserAsync(User);
        if (member is null)
        {
            return Challenge();
        }

        var result = await passwords.ChangeAsync(member, form);
        if (!result.Succeeded)
        {
            AddErrors(result, result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                ? nameof(ChangePasswordForm.CurrentPassword)
                : nameof(ChangePasswordForm.Password));
            return Page("ChangePassword", form);
        }

        TempData[MyAccountController.StatusKey] = "Account.Status.PasswordChanged";
        return Redirect(AccountLinks.MyAccount);
    }
}
