using HalloBot.Domain.Persistence;
using HalloBot.Jobs.Images;
using HalloBot.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace HalloBot.Web.Features.Feedback;

/// <summary>
/// Serves a feedback's screenshot to those the form promised it to — the office and members of the sender's business —
/// and answers everyone else (other businesses, visitors who are not signed in) 404, as if there were none.
/// </summary>
public sealed class FeedbackScreenshotController(HalloBotDbContext db, ListingAccess access, FeedbackScreenshots screenshots) : Controller
{
    [HttpGet(FeedbackRoutes.Public + "/{id:int}/screenshot/{size}.jpg")]
    public async Task<IActionResult> Show(int id, string size, CancellationToken cancellationToken)
    {
        var variant = size switch
        {
            FeedbackRoutes.ScreenshotPage => ImageVariantSize.Page,
            FeedbackRoutes.ScreenshotFull => ImageVariantSize.FullScreen,
            _ => (ImageVariantSize?)null,
        };
        var item = await db.FeedbackItems.AsNoTracking().Where(f => f.Id == id)
            .Select(f => new { f.ListingId, f.ScreenshotKey }).SingleOrDefaultAsync(cancellationToken);
        if (variant is null || item?.ScreenshotKey is not { } key || User.Identity?.IsAuthenticated != true
            || !await access.CanManageAsync(User, item.ListingId)
            || screenshots.Open(key, variant.Value) is not { } content)
        {
            return NotFound();
        }

        // Private: a shared cache must never keep what only some may see.
        Response.Headers[HeaderNames.CacheControl] = "private, max-age=3600";
        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        return File(content, "image/jpeg");
    }
}
