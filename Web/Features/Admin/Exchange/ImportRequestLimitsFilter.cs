using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace HalloBot.Web.Features.Admin.Exchange;

/// <summary>
/// Lets an upload of up to twice the allowed size through to the action, which then refuses one over the limit with
/// a readable message; anything larger the server cuts off (400/413) before it reaches the disk.
/// An authorization filter ordered like <c>[RequestSizeLimit]</c>: it must run before the antiforgery check,
/// which is the first to read the form.
/// </summary>
public sealed class ImportRequestLimitsFilter(IOptions<AdminOptions> options) : IAuthorizationFilter
{
    /// <summary>Before the antiforgery filter (1000), as ASP.NET Core's own request limit filters are.</summary>
    public const int Order = 900;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var limit = HardLimit(options.Value.ImportMaxBytes);
        if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        context.HttpContext.Features.Set<IFormFeature>(new FormFeature(
            context.HttpContext.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
    }

    /// <summary>Room for the form's other fields and the multipart framing above the file itself.</summary>
    private static long HardLimit(long fileLimit) => (2 * fileLimit) + (64 << 10);
}
