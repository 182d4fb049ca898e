using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using HalloBot.Domain.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Account;

/// <summary>The member's own data: download it all as JSON, or delete the account with it.</summary>
[Authorize]
public sealed class AccountDataController(
    UserManager<Member> users, SignInManager<Member> signIn, AccountDataExport export, AccountDeletion deletion) : AccountPageController
{
    public const string DataPath = "/konto/daten";
    public const string DeletePath = "/konto/loeschen";
    public const string DeletedPath = "/konto/geloescht";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    [HttpGet(DataPath)]
    public async Task<IActionResult> Download(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } member)
        {
            return Challenge();
        }

        var data = await export.CollectAsync(member, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return File(JsonSerializer.SerializeToUtf8Bytes(data, JsonOptions), "application/json", $"hallo-bot-meine-daten-{data.ExportedAt:yyyy-MM-dd}.json");
    }

    [HttpGet(DeletePath)]
    public IActionResult Delete() => Page("DeleteAccount", new PasswordConfirmForm());

    [HttpPost(DeletePath)]
    public async Task<IActionResult> Delete(PasswordConfirmForm form, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } member)
        {
            return Challenge();
        }

        // Counted like a sign-in: the form must not become a way around the lockout.
        if (!ModelState.IsValid || !(await signIn.CheckPasswordSignInAsync(member, form.CurrentPassword, lockoutOnFailure: true)).Succeeded)
        {
            if (ModelState.IsValid)
            {
                ModelState.AddModelError(nameof(PasswordConfirmForm.CurrentPassword), users.ErrorDescriber.PasswordMismatch().Description);
            }

            return Page("DeleteAccount", form);
        }

        var result = await deletion.DeleteAsync(member, cancellationToken);
        if (!result.Succeeded)
        {
            AddErrors(result, nameof(PasswordConfirmForm.CurrentPassword));
            return Page("DeleteAccount", form);
        }

        await signIn.SignOutAsync();
        return Redirect(DeletedPath);
    }

    [AllowAnonymous]
    [HttpGet(DeletedPath)]
    public IActionResult Deleted() => Page("AccountDeleted");
}
