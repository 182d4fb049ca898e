using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Api;

/// <summary>An unknown address under <c>/api</c> answers in the API's language, not with the HTML 404 page.</summary>
[ApiController]
public sealed class ApiFallbackController : ControllerBase
{
    [HttpGet("api/{**rest}", Order = int.MaxValue)]
    [ApiExplorerSettings(IgnoreApi = true)]
    public IActionResult Unknown() =>
        Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: "There is no API endpoint at this address.");
}
