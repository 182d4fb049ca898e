using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Feedback;

/// <summary>
/// The unsubscribe link of every mail that has one. Opening it only asks (link checkers open links); the button, or
/// the mail client's one-click POST (RFC 8058), unsubscribes.
/// </summary>
public sealed class UnsubscribeController(MailUnsubscribe unsubscribe) : Controller
{
    private const string ViewName = "~/Features/Feedback/Unsubscribe.cshtml";

    [HttpGet(MailUnsubscribe.Path + "/{token}")]
    public IActionResult Confirm(string token) =>
        unsubscribe.Read(token) is { } request ? View(ViewName, new UnsubscribePage(token, request, Done: false)) : NotFound();

    /// <remarks>
    /// No antiforgery token: a mail client's one-click POST cannot carry one. The protected token in the address is the
    /// proof, and all it can do is stop one kind of mail to the address it names. No rate limit either: one-click
    /// POSTs of many recipients arrive from the few servers of a large mail provider, and a refused one would be lost,
    /// while a token that cannot be forged leaves nothing to guess at.
    /// </remarks>
    [HttpPost(MailUnsubscribe.Path + "/{token}")]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Unsubscribe(string token, CancellationToken cancellationToken)
    {
        if (unsubscribe.Read(token) is not { } request)
        {
            return NotFound();
        }

        await unsubscribe.OptOutAsync(request, cancellationToken);
        return View(ViewName, new UnsubscribePage(token, request, Done: true));
    }
}

public sealed record UnsubscribePage(string Token, MailOptOutRequest Request, bool Done);
