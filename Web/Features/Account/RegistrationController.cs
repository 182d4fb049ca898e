using HalloBot.Web.Infrastructure.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace HalloBot.Web.Features.Account;

public sealed class RegistrationController(RegistrationService registration) : AccountPageController
{
    [HttpGet(AccountLinks.Register)]
    public IActionResult Register() => Page("Register", new RegisterForm());

    [HttpPost(AccountLinks.Register)]
    [EnableRateLimiting(RateLimitPolicies.Registration)]
    public async Task<IActionResult> Register(RegisterForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page("Register", form);
        }

        var result = await registration.RegisterAsync(form, Root, cancellationToken);
        if (!result.Succeeded)
        {
            AddErrors(result, nameof(RegisterForm.Password));
            return Page("Register", form);
        }

        return Redirect(AccountLinks.RegisterSent);
    }

    [HttpGet(AccountLinks.RegisterSent)]
    public IActionResult Sent() => Page("RegisterSent");

    [HttpGet(AccountLinks.Confirm)]
    public async Task<IActionResult> Confirm(string? id, string? code)
    {
        var confirmed = await registration.ConfirmAsync(id, code);
        if (!confirmed)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page("Confirmed", confirmed);
    }

    [HttpGet(AccountLinks.ResendConfirmation)]
    public IActionResult Resend() => Page("ResendConfirmation", new EmailForm());

    [HttpPost(AccountLinks.ResendConfirmation)]
    [EnableRateLimiting(RateLimitPolicies.Registration)]
    public async Task<IActionResult> Resend(EmailForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page("ResendConfirmation", form);
        }

        await registration.ResendAsync(form.Email, Root, cancellationToken);
        return Redirect(AccountLinks.RegisterSent);
    }
}
