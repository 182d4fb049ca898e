using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Legal;

/// <summary>Imprint and privacy statement, in the words the office keeps in the data folder.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class LegalController(LegalTextStore texts) : Controller
{
    [HttpGet("/impressum")]
    public async Task<IActionResult> Imprint(CancellationToken cancellationToken) =>
        View("Text", await texts.ReadAsync(LegalTextStore.Imprint, cancellationToken));

    [HttpGet("/datenschutz")]
    public async Task<IActionResult> Privacy(CancellationToken cancellationToken) =>
        View("Text", await texts.ReadAsync(LegalTextStore.Privacy, cancellationToken));
}
