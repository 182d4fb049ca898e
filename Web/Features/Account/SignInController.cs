using HalloBot.Web.Infrastructure.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace HalloBot.Web.Features.Account;

public sealed class SignInController(SignInService signIn) : AccountPageController
{
    [HttpGet(AccountLinks.SignIn)]
    public IActionResult SignIn(string? returnUrl) => Page("SignIn", new SignInForm { ReturnUrl = returnUrl });

    [HttpPost(AccountLinks.SignIn)]
    [EnableRateLimiting(RateLimitPolicies.SignIn)]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        if (!ModelState.IsValid)
        {
            return Page("SignIn", form);
        }

        var attempt = await signIn.PasswordAsync(form);
        return attempt.Outcome switch
        {
            SignInOutcome.SignedIn => RedirectToLocal(form.ReturnUrl),
            SignInOutcome.RequiresTwoFactor => Redirect(QueryString(AccountLinks.SignInWithCode, form.ReturnUrl, form.RememberMe)),
            _ => Refused("SignIn", form, attempt),
        };
    }

    [HttpGet(AccountLinks.SignInWithCode)]
    public async Task<IActionResult> Code(string? returnUrl, bool rememberMe) =>
        await signIn.AwaitsSecondFactorAsync()
            ? Page("SignInCode", new TwoFactorSignInForm { ReturnUrl = returnUrl, RememberMe = rememberMe })
            : Redirect(AccountLinks.SignIn);

    [HttpPost(AccountLinks.SignInWithCode)]
    [EnableRateLimiting(RateLimitPolicies.SignIn)]
    public async Task<IActionResult> Code(TwoFactorSignInForm form)
    {
        if (!await signIn.AwaitsSecondFactorAsync())
        {
            return Redirect(AccountLinks.SignIn);
        }

        if (!ModelState.IsValid)
        {
            return Page("SignInCode", form);
        }

        var attempt = await signIn.AuthenticatorCodeAsync(form);
        return attempt.Outcome == SignInOutcome.SignedIn ? RedirectToLocal(form.ReturnUrl) : Refused("SignInCode", form, attempt);
    }

    [HttpGet(AccountLinks.SignInWithRecoveryCode)]
    public async Task<IActionResult> RecoveryCode(string? returnUrl) =>
        await signIn.AwaitsSecondFactorAsync()
            ? Page("SignInRecoveryCode", new RecoveryCodeSignInForm { ReturnUrl = returnUrl })
            : Redirect(AccountLinks.SignIn);

    [HttpPost(AccountLinks.SignInWithRecoveryCode)]
    [EnableRateLimiting(RateLimitPolicies.SignIn)]
    public async Task<IActionResult> RecoveryCode(RecoveryCodeSignInForm form)
    {
        if (!await signIn.AwaitsSecondFactorAsync())
        {
            return Redirect(AccountLinks.SignIn);
        }

        if (!ModelState.IsValid)
        {
            return Page("SignInRecoveryCode", form);
        }

        var attempt = await signIn.RecoveryCodeAsync(form);
        return attempt.Outcome == SignInOutcome.SignedIn ? RedirectToLocal(form.ReturnUrl) : Refused("SignInRecoveryCode", form, attempt);
    }

    [HttpPost(AccountLinks.SignOut)]
    public async Task<IActionResult> SignOutAndLeave()
    {
        await signIn.SignOutAsync();
        return Redirect("/");
    }

    /// <summary>The form again, with what went wrong; 401 so that scripts and tests can tell a refusal from a page view.</summary>
    private ViewResult Refused(string view, object form, SignInAttempt attempt)
    {
        ViewData["Refusal"] = attempt;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page(view, form);
    }

    private static string QueryString(string path, string? returnUrl, bool rememberMe) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(path, new Dictionary<string, string?>
        {
            ["returnUrl"] = returnUrl,
            ["rememberMe"] = rememberMe ? "true" : "false",
        });
}
