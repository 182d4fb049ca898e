using System.Globalization;
using HalloBot.Jobs.Mail;
using HalloBot.Web.Features.Legal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Features.Accessibility;

/// <summary>The accessibility statement with its form "Barriere melden", and the site explained in Leichte Sprache.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class AccessibilityController(
    IBarrierReportSink sink,
    IOptions<AccessibilityOptions> options,
    IOptions<MailOptions> mail,
    LegalTextStore texts,
    TimeProvider clock) : Controller
{
    public const string EasyReadText = LegalTextStore.EasyRead;

    [HttpGet("/barrierefreiheit")]
    public IActionResult Statement([FromQuery(Name = "seite")] string? page) =>
        View("Statement", Model(new BarrierReportForm { PageUrl = page is not null && PageAddressAttribute.IsPageAddress(page) ? page : null }));

    [HttpPost("/barrierefreiheit")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(AccessibilityExtensions.ReportPolicy)]
    public async Task<IActionResult> Report([FromForm] BarrierReportForm form, CancellationToken cancellationToken)
    {
        // A robot gets the same answer as a person, so that it learns nothing from trying.
        if (form.IsFromRobot)
        {
            return RedirectToAction(nameof(Thanks));
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Statement", Model(form));
        }

        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "de";
        var email = string.IsNullOrWhiteSpace(form.Email) ? null : form.Email.Trim();
        await sink.SendAsync(new BarrierReport(form.PageUrl!.Trim(), form.Description!.Trim(), email, clock.GetUtcNow(), language), cancellationToken);
        return RedirectToAction(nameof(Thanks));
    }

    [HttpGet("/barrierefreiheit/danke")]
    public IActionResult Thanks() => View();

    [HttpGet("/leichte-sprache")]
    public async Task<IActionResult> EasyRead(CancellationToken cancellationToken)
    {
        ViewData["TextClass"] = "easy-read";
        return View("/Features/Legal/Text.cshtml", await texts.ReadAsync(EasyReadText, cancellationToken));
    }

    private AccessibilityStatementModel Model(BarrierReportForm form) =>
        new(form, options.Value.StatementDate, options.Value.ReviewedDate, mail.Value.StaffAddress);
}

public sealed record AccessibilityStatementModel(BarrierReportForm Form, DateOnly StatementDate, DateOnly ReviewedDate, string StaffAddress);
