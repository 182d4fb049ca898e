using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Api;

[ApiController]
[Route("api/v1")]
public sealed class TermsApiController(TermApiQueries queries) : ControllerBase
{
    [HttpGet("categories")]
    [EndpointSummary("Categories with counts")]
    [EndpointDescription(ApiDocumentation.Terms)]
    public Task<IReadOnlyList<TermCountResponse>> Categories(CancellationToken cancellationToken) =>
        queries.CategoriesAsync(cancellationToken);

    [HttpGet("districts")]
    [EndpointSummary("Districts (Stadtteile) with counts")]
    [EndpointDescription(ApiDocumentation.Terms)]
    public Task<IReadOnlyList<TermCountResponse>> Districts(CancellationToken cancellationToken) =>
        queries.DistrictsAsync(cancellationToken);
}
