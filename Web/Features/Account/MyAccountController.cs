using HalloBot.Domain.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Account;

/// <summary>What "Mein Konto" shows: the form for name and mail language, and the state of the sign-in.</summary>
public sealed record MyAccountPage(string Email, ProfileForm Form, bool TwoFactorEnabled, int RecoveryCodesLeft, bool IsStaff);

[Authorize]
public sealed class MyAccountController(UserManager<Member> users, TwoFactorService twoFactor) : AccountPageController
{
    /// <summary>TempData key of the resource key of a one-time message on "Mein Konto" ("Passwort geändert").</summary>
    public const string StatusKey = "Account.Status";

    [HttpGet(AccountLinks.MyAccount)]
    public async Task<IActionResult> Index()
    {
        if (await users.GetUserAsync(User) is not { } member)
        {
            return Challenge();
        }

        return Page("Index", await PageAsync(member, new ProfileForm { DisplayName = member.DisplayName, Language = member.PreferredCulture }));
    }

    [HttpPost(AccountLinks.MyAccount)]
    public async Task<IActionResult> Index(ProfileForm form)
    {
        if (await users.GetUserAsync(User) is not { } member)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return Page("Index", await PageAsync(member, form));
        }

        member.DisplayName = form.DisplayName.Trim();
        member.PreferredCulture = form.Language;
        var result = await users.UpdateAsync(member);
        if (!result.Succeeded)
        {
            AddErrors(result);
            return Page("Index", await PageAsync(member, form));
        }

        TempData[StatusKey] = "Account.Status.ProfileSaved";
        return Redirect(AccountLinks.MyAccount);
    }

    private async Task<MyAccountPage> PageAsync(Member member, ProfileForm form) =>
        new(member.Email!, form, member.TwoFactorEnabled,
            member.TwoFactorEnabled ? await twoFactor.RecoveryCodesLeftAsync(member) : 0,
            await users.IsInRoleAsync(member, Roles.Admin));
}
