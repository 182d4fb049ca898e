using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Features.Admin.Exchange;

/// <summary>
/// Holds an import upload to the allowed size. A request that announces more is answered at once with the import
/// page and a readable reason (413), before anything reads its body; one that does not announce its length is cut
/// off by the server at the same limit. An authorization filter ordered like <c>[RequestSizeLimit]</c>: it must run
/// before the antiforgery check, which is the first to read the form.
/// </summary>
public sealed class ImportRequestLimitsFilter(
    IOptions<AdminOptions> options, IStringLocalizer<SharedResource> t, IModelMetadataProvider metadata) : IAuthorizationFilter
{
    /// <summary>Before the antiforgery filter (1000), as ASP.NET Core's own request limit filters are.</summary>
    public const int Order = 900;

    /// <summary>Room for the form's other fields and the multipart framing around the file.</summary>
    private const long FormOverhead = 64 << 10;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var maxFile = options.Value.ImportMaxBytes;
        var limit = maxFile + FormOverhead;
        var request = context.HttpContext.Request;
        if (request.ContentLength > limit)
        {
            var model = new ExchangePageModel(maxFile)
            {
                UploadError = t["Admin.Exchange.TooLarge", FileSize.Format(request.ContentLength.Value), FileSize.Format(maxFile)],
            };
            context.Result = new ViewResult
            {
                ViewName = "Index",
                ViewData = new ViewDataDictionary<ExchangePageModel>(metadata, context.ModelState) { Model = model },
                StatusCode = StatusCodes.Status413PayloadTooLarge,
            };
            return;
        }

        if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        context.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = limit }));
    }
}
