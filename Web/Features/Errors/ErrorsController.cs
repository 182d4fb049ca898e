using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Errors;

/// <summary>
/// The pages the status-code and exception middleware re-execute into. They answer every method,
/// because the failed request may have been a POST; they never show exception details.
/// A re-executed POST still carries its form, so the antiforgery check is skipped here: it would turn a 403 into a 400.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorsController : Controller
{
    [Route("/fehler")]
    public IActionResult ServerError()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("Error", StatusCodes.Status500InternalServerError);
    }

    [Route("/fehler/{statusCode:int}")]
    public IActionResult Status(int statusCode)
    {
        // Reached directly (not re-executed) the page would otherwise answer 200 for "/fehler/404".
        var code = statusCode is >= 400 and <= 599 ? statusCode : StatusCodes.Status404NotFound;
        Response.StatusCode = code;
        return code == StatusCodes.Status404NotFound ? View("NotFound") : View("Error", code);
    }
}
