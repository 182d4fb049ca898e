using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace HalloBot.Web.Features.Photos;

/// <summary>
/// The upload action's own request limit (16 MB per file it may take) instead of the server's 30 MB, and a readable
/// answer when a request is larger: the form is read here, before the antiforgery check would read it and answer a
/// plain 400. Ordered like <c>[RequestSizeLimit]</c>: after the sign-in check, before antiforgery (1000).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PhotoUploadLimitsAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>Room per file above the 15 MB an image may have: the form's framing and its other fields.</summary>
    public const long BytesPerFile = 16L * 1024 * 1024;

    public const long MaxRequestBytes = BytesPerFile * PhotoPageService.MaxFilesPerUpload;

    public int Order => 900;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (http.User.Identity?.IsAuthenticated != true)
        {
            // The sign-in check answers; the body is not worth reading.
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxRequestBytes;
        }

        http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions
        {
            MultipartBodyLengthLimit = MaxRequestBytes,
            ValueCountLimit = 200,
        }));
        if (http.Request.ContentLength > MaxRequestBytes || !await CanReadFormAsync(http))
        {
            context.Result = TooLarge(http, context.RouteData.Values["listingId"]?.ToString());
        }
    }

    private static async Task<bool> CanReadFormAsync(HttpContext http)
    {
        if (!http.Request.HasFormContentType)
        {
            return true;
        }

        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
            return true;
        }
        catch (InvalidDataException)
        {
            return false;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return false;
        }
    }

    private static IActionResult TooLarge(HttpContext http, string? listingId)
    {
        if (PhotosController.WantsJson(http.Request))
        {
            var texts = http.RequestServices.GetRequiredService<PhotoTexts>();
            return new JsonResult(new PhotoUploadResponse(texts["Photos.Upload.RequestTooLarge", PhotoPageService.MaxFilesPerUpload], []))
            {
                StatusCode = StatusCodes.Status413PayloadTooLarge,
            };
        }

        // See Other: the browser shows the photo page with the message instead of a blank error.
        return new RedirectResult($"/betrieb/{listingId}/fotos?fehler=zu-gross") { PreserveMethod = false };
    }
}
