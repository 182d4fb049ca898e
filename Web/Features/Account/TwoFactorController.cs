using HalloBot.Domain.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Account;

/// <summary>The set-up page: the key as QR code and as text, and the field for the first code.</summary>
public sealed record TwoFactorSetupPage(AuthenticatorSetup Setup, TwoFactorCodeForm Form);

[Authorize]
public sealed class TwoFactorController(UserManager<Member> users, TwoFactorService twoFactor) : AccountPageController
{
    [HttpGet(AccountLinks.TwoFactor)]
    public async Task<IActionResult> Setup()
    {
        if (await users.GetUserAsync(User) is not { } member)
        {
            return Challenge();
        }

        if (member.TwoFactorEnabled)
        {
            return Redirect(AccountLinks.MyAccount);
        }

        return Page("TwoFactorSetup", new TwoFactorSetupPage(await twoFactor.SetupAsync(member), new TwoFactorCodeForm()));
    }

    [HttpPost(AccountLinks.TwoFactor)]
    public async Task<IActionResult> Setup(TwoFactorCodeForm form, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } member)
        {
            return Challenge();
        }

        if (member.TwoFactorEnabled)
        {
            return Redirect(AccountLinks.MyAccount);
        }

        if (ModelState.IsValid && await twoFactor.EnableAsync(member, form.Code, Root, cancellationToken) is { } codes)
        {
            return Page("RecoveryCodes", codes);
        }

        if (ModelState.IsValid)
        {
            ModelState.AddModelError(nameof(TwoFactorCodeForm.Code), users.ErrorDescriber.InvalidToken().Description);
        }

        return Page("TwoFactorSetup", new TwoFactorSetupPage(await twoFactor.SetupAsync(member), form));
    }

    [HttpPost(AccountLinks.TwoFactorRecoveryCodes)]
    public async Task<IActionResult> NewRecoveryCodes()
    {
        if (await users.GetUserAsync(User) is not { TwoFactorEnabled: true } member)
        {
            return Redirect(AccountLinks.MyAccount);
        }

        return Page("RecoveryCodes", await twoFactor.NewRecoveryCodesAsync(member));
    }

    [HttpGet(AccountLinks.TwoFactorDisable)]
    public IActionResult Disable() => Page("TwoFactorDisable", new PasswordConfirmForm());

    [HttpPost(AccountLinks.TwoFactorDisable)]
    public async Task<IActionResult> Disable(PasswordConfirmForm form)
    {
        if (await users.GetUserAsync(User) is not { } member)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return Page("TwoFactorDisable", form);
        }

        if (!await twoFactor.DisableAsync(member, form.CurrentPassword))
        {
            ModelState.AddModelError(nameof(PasswordConfirmForm.CurrentPassword), users.ErrorDescriber.PasswordMismatch().Description);
            return Page("TwoFactorDisable", form);
        }

        TempData[MyAccountController.StatusKey] = "Account.Status.TwoFactorOff";
        return Redirect(AccountLinks.MyAccount);
    }
}
