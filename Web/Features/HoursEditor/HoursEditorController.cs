using System.Text.RegularExpressions;
using HalloBot.Domain.Exchange;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.HoursEditor;

/// <summary>
/// "Öffnungszeiten prüfen": the editor as a tool of its own (build or paste hours, see the week), and the
/// editor's fragment that its script asks for when a button is pressed.
/// </summary>
[AutoValidateAntiforgeryToken]
public sealed partial class HoursEditorController(HoursEditorForm form) : Controller
{
    public const string Prefix = "Hours";

    [HttpGet("/oeffnungszeiten/vorschau")]
    public IActionResult Check([FromQuery(Name = "wert")] string? value)
    {
        var text = value is { Length: > ListingRowValidator.OpeningHoursMaxLength } ? value[..ListingRowValidator.OpeningHoursMaxLength] : value;
        return View(form.ForValue(text, Prefix, withDefaultButton: true));
    }

    [HttpPost("/oeffnungszeiten/vorschau")]
    public IActionResult Check([FromForm(Name = Prefix)] HoursEditorInput input)
    {
        var result = form.Handle(input);
        return View(form.View(input, Prefix, result, withDefaultButton: true));
    }

    /// <summary>The editor alone, for the script: the posted form with its button applied, rendered again.</summary>
    [HttpPost("/oeffnungszeiten/editor")]
    public async Task<IActionResult> Fragment([FromQuery] string? prefix)
    {
        if (prefix is null || !PrefixPattern().IsMatch(prefix))
        {
            return BadRequest();
        }

        var input = new HoursEditorInput();
        await TryUpdateModelAsync(input, prefix);
        var result = form.Handle(input);
        return PartialView(HoursEditorViewModel.PartialPath, form.View(input, prefix, result));
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.]{0,63}$")]
    private static partial Regex PrefixPattern();
}
