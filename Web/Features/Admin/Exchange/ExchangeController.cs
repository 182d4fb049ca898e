using System.Security.Claims;
using HalloBot.Domain.Exchange;
using HalloBot.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Features.Admin.Exchange;

/// <summary>Import and export of the listing exchange format through the browser, with the command line's importer and exporter.</summary>
[Area(AdminExtensions.Area)]
[Authorize(Policy = Policies.Staff)]
[Route("verwaltung/austausch")]
public sealed class ExchangeController(IOptions<AdminOptions> options, IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(new ExchangePageModel(options.Value.ImportMaxBytes));

    [HttpPost("import")]
    [ServiceFilter<ImportRequestLimitsFilter>(Order = ImportRequestLimitsFilter.Order)]
    public async Task<IActionResult> Import(
        [FromForm(Name = "datei")] IFormFile? file,
        [FromServices] ListingImporter importer,
        [FromServices] ImportRateLimiter limiter,
        CancellationToken cancellationToken)
    {
        var page = new ExchangePageModel(options.Value.ImportMaxBytes);
        if (!limiter.TryAcquire(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? ""))
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return View("Index", page with { UploadError = t["Admin.Exchange.TooManyImports", (int)options.Value.ImportWindow.TotalMinutes] });
        }

        if (file is null || file.Length == 0)
        {
            return View("Index", page with { UploadError = t["Admin.Exchange.NoFile"] });
        }

        if (file.Length > options.Value.ImportMaxBytes)
        {
            return View("Index", page with { UploadError = t["Admin.Exchange.TooLarge", FileSize.Format(file.Length), FileSize.Format(options.Value.ImportMaxBytes)] });
        }

        await using var stream = file.OpenReadStream();
        var report = await importer.ImportAsync(stream, cancellationToken);
        return View("Index", page with { Report = new ImportReportModel(Path.GetFileName(file.FileName), report) });
    }

    /// <summary>Every listing, drafts included, as the <c>export</c> command writes it.</summary>
    [HttpGet("export")]
    public async Task<IActionResult> Export([FromServices] ListingExporter exporter, [FromServices] TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        // Written to a temporary file first, so that a failure answers with an error instead of half a download.
        var temporary = new FileStream(
            Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await exporter.ExportAsync(temporary, cancellationToken);
            temporary.Position = 0;
        }
        catch
        {
            await temporary.DisposeAsync();
            throw;
        }

        var date = timeProvider.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return File(temporary, "text/csv; charset=utf-8", $"hallobot-eintraege-{date}.csv");
    }
}
