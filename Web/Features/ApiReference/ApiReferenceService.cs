using System.Text.Json;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using HalloBot.Web.Features.Api;
using HalloBot.Web.Features.OpenData;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;

namespace HalloBot.Web.Features.ApiReference;

/// <summary>Builds the reference page from the same OpenAPI document that <c>/api/v1/openapi.json</c> serves.</summary>
public sealed class ApiReferenceService(
    [FromKeyedServices(ApiReferenceService.DocumentName)] IOpenApiDocumentProvider documents,
    HalloBotDbContext db)
{
    public const string DocumentName = "v1";

    public async Task<ApiReferenceModel> BuildAsync(CancellationToken cancellationToken)
    {
        var document = await documents.GetOpenApiDocumentAsync(cancellationToken);
        var json = await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, cancellationToken);
        using var parsed = JsonDocument.Parse(json);
        return ApiReferenceBuilder.Build(parsed.RootElement, ApiExtensions.OpenApiDocumentPath, await ExamplesAsync(cancellationToken));
    }

    /// <summary>Requests that answer with data on this site: the listing example names a listing that exists.</summary>
    private async Task<Dictionary<string, string>> ExamplesAsync(CancellationToken cancellationToken)
    {
        var examples = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["/api/v1/search"] = "/api/v1/search?q=b%C3%A4ckerei&pageSize=5",
            ["/api/v1/suggest"] = "/api/v1/suggest?q=b%C3%A4",
            ["/api/v1/listings"] = "/api/v1/listings?pageSize=5",
            [OpenDataController.CsvPath] = OpenDataController.CsvPath,
            ["/api/v1/opening-hours/preview"] = "/api/v1/opening-hours/preview?value=Mo-Fr%2009%3A00-18%3A00%3B%20Sa%2009%3A00-13%3A00",
        };
        var slug = await db.Listings.AsNoTracking()
            .Where(l => l.Status == ListingStatus.Published)
            .OrderBy(l => l.Id)
            .Select(l => l.Slug)
            .FirstOrDefaultAsync(cancellationToken);
        if (slug is not null)
        {
            examples["/api/v1/listings/{slug}"] = $"/api/v1/listings/{slug}";
        }

        return examples;
    }
}
