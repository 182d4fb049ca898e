using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace HalloBot.Web.Features.OpenData;

/// <summary>
/// A download written straight into the response as it is produced, with its version headers; answers
/// 304 without a body where the client already holds this version (If-None-Match, else If-Modified-Since).
/// </summary>
public sealed class StreamedDownloadResult(
    string contentType,
    string? fileName,
    EntityTagHeaderValue etag,
    DateTime? lastModified,
    Func<Stream, CancellationToken, Task> write) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var request = context.HttpContext.Request;
        var response = context.HttpContext.Response;
        var headers = response.GetTypedHeaders();
        headers.ETag = etag;
        // HTTP dates have whole seconds; the version behind the ETag is exact.
        DateTimeOffset? modified = lastModified is { } utc
            ? new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero)
            : null;
        headers.LastModified = modified;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, NoCache = true };
        // Open data: any web page may fetch it. It carries no credentials and nothing per user.
        response.Headers.AccessControlAllowOrigin = "*";
        if (IsNotModified(request, modified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = contentType;
        if (fileName is not null)
        {
            headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName };
        }

        if (HttpMethods.IsHead(request.Method))
        {
            return;
        }

        await write(response.Body, context.HttpContext.RequestAborted);
    }

    private bool IsNotModified(HttpRequest request, DateTimeOffset? modified)
    {
        var requestHeaders = request.GetTypedHeaders();
        if (requestHeaders.IfNoneMatch is { Count: > 0 } candidates)
        {
            return candidates.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(etag, useStrongComparison: false));
        }

        return modified is { } last && requestHeaders.IfModifiedSince is { } since && last <= since;
    }
}
