using System.Security.Claims;
using HalloBot.Web.Features.Legal;
using HalloBot.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace HalloBot.Web.Features.Admin.Texts;

/// <summary>
/// The office edits the imprint and the privacy statement here, in German and English, with a preview rendered exactly
/// as the public page renders it. Saving writes the office's own version into the data folder; "back to the shipped
/// text" removes it.
/// </summary>
[Area(AdminExtensions.Area)]
[Authorize(Policy = Policies.Staff)]
public sealed class TextsController(LegalTextStore texts, IStringLocalizer<SharedResource> t, ILogger<TextsController> logger) : Controller
{
    public const string Path = "/verwaltung/texte";

    private static readonly TimeZoneInfo Bottrop = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>When a version was saved, in Bottrop's time, as staff read it.</summary>
    public static string Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Bottrop).ToString("g", System.Globalization.CultureInfo.CurrentCulture);

    [HttpGet(Path)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var sources = new List<LegalTextSource>();
        foreach (var name in LegalTextStore.Names)
        {
            foreach (var language in LegalTextStore.Languages)
            {
                sources.Add(await texts.ReadSourceAsync(name, language, cancellationToken));
            }
        }

        return View(sources);
    }

    [HttpGet(Path + "/{name}/{language}")]
    public async Task<IActionResult> Edit(string name, string language, CancellationToken cancellationToken)
    {
        if (!LegalTextStore.IsKnown(name, language))
        {
            return NotFound();
        }

        var source = await texts.ReadSourceAsync(name, language, cancellationToken);
        return View(new TextEditModel(source, source.Markdown, SafeMarkdown.Render(source.Markdown), Error: null, IsPreview: false));
    }

    /// <param name="preview">Set by the "Vorschau" button: render what was typed without saving it.</param>
    [HttpPost(Path + "/{name}/{language}")]
    public async Task<IActionResult> Save(string name, string language, string? markdown, string? preview, CancellationToken cancellationToken)
    {
        if (!LegalTextStore.IsKnown(name, language))
        {
            return NotFound();
        }

        var source = await texts.ReadSourceAsync(name, language, cancellationToken);
        var typed = (markdown ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);
        var error = string.IsNullOrWhiteSpace(typed) ? t["Admin.Texts.Error.Empty"].Value
            : System.Text.Encoding.UTF8.GetByteCount(typed) > LegalTextStore.MaxLength ? t["Admin.Texts.Error.TooLong", LegalTextStore.MaxLength / 1024].Value
            : null;
        if (error is not null || preview is not null)
        {
            Response.StatusCode = error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
            return View("Edit", new TextEditModel(source, typed, SafeMarkdown.Render(error is null ? typed : source.Markdown), error, IsPreview: error is null));
        }

        await texts.SaveAsync(name, language, typed, cancellationToken);
        logger.LogInformation("Office text {Name}.{Language} saved by staff member {MemberId}.", name, language, User.FindFirstValue(ClaimTypes.NameIdentifier));
        TempData[AdminNotice.Key] = t["Admin.Texts.Saved"].Value;
        return Redirect($"{Path}/{name}/{language}");
    }

    [HttpPost(Path + "/{name}/{language}/zuruecksetzen")]
    public IActionResult Reset(string name, string language)
    {
        if (!LegalTextStore.IsKnown(name, language))
        {
            return NotFound();
        }

        texts.Reset(name, language);
        logger.LogInformation("Office text {Name}.{Language} reset to the shipped text by staff member {MemberId}.", name, language, User.FindFirstValue(ClaimTypes.NameIdentifier));
        TempData[AdminNotice.Key] = t["Admin.Texts.ResetDone"].Value;
        return Redirect($"{Path}/{name}/{language}");
    }
}

/// <param name="Markdown">What the form shows: the stored text, or what was typed.</param>
/// <param name="Preview">The rendered text shown below the form.</param>
public sealed record TextEditModel(LegalTextSource Source, string Markdown, RenderedText Preview, string? Error, bool IsPreview);
