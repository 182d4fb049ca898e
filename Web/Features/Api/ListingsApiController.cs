using System.ComponentModel.DataAnnotations;
using HalloBot.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Api;

[ApiController]
[Route("api/v1/listings")]
public sealed class ListingsApiController(ListingApiQueries queries, TimeProvider clock) : ControllerBase
{
    public const int MaxPageSize = 100;

    [HttpGet("{slug}")]
    [EndpointSummary("A published listing by slug")]
    [EndpointDescription(ApiDocumentation.GetListing)]
    [ProducesResponseType<ListingResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status301MovedPermanently)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ApiProblems.ContentType)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ApiProblems.ContentType)]
    public async Task<IActionResult> Get(
        string slug,
        [FromQuery, ModelBinder<IsoInstantModelBinder>] DateTimeOffset? at,
        CancellationToken cancellationToken)
    {
        var lookup = await queries.FindBySlugAsync(slug, at ?? clock.GetUtcNow(), SiteRoot, cancellationToken);
        return lookup switch
        {
            { Listing: { } listing } => Ok(listing),
            { CurrentSlug: { } current } => RedirectPermanent($"/api/v1/listings/{current}{Request.QueryString}"),
            _ => Problem(statusCode: StatusCodes.Status404NotFound, title: "Listing not found.",
                detail: "No published listing has the slug given in the path (parameter slug)."),
        };
    }

    [HttpGet]
    [EndpointSummary("Published listings, paged, optionally by externalId")]
    [EndpointDescription(ApiDocumentation.ListListings)]
    [ProducesResponseType<ListingPageResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ApiProblems.ContentType)]
    public async Task<ListingPageResponse> List(
        [FromQuery] string? externalId = null,
        [FromQuery, ModelBinder<IsoInstantModelBinder>] DateTimeOffset? at = null,
        [FromQuery, Range(1, int.MaxValue)] int page = 1,
        [FromQuery, Range(1, MaxPageSize)] int pageSize = 20,
        CancellationToken cancellationToken = default) =>
        await queries.ListAsync(externalId, page, pageSize, at ?? clock.GetUtcNow(), SiteRoot, cancellationToken);

    // Ends with a slash, as the responses append paths such as "b/{slug}" to it.
    private string SiteRoot => SiteUrl.Root(Request) + "/";
}
