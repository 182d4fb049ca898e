using HalloBot.Search.Contract;
using HalloBot.Web.Features.Search;
using HalloBot.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace HalloBot.Web.Features.Api;

[ApiController]
[Route("api/v1")]
public sealed class SearchApiController(SearchRequestReader reader, IndexedSearchService search, ISearchIndex index, TimeProvider clock)
    : ControllerBase
{
    public const int MaxSuggestions = 8;
    public const int MaxSuggestLength = 100;

    [HttpGet("search")]
    [EndpointSummary("Search published listings, with facets")]
    [EndpointDescription(SearchApiDocumentation.Search)]
    [ProducesResponseType<SearchApiResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ApiProblems.ContentType)]
    public async Task<IActionResult> Search([FromQuery] SearchParameters parameters, CancellationToken cancellationToken)
    {
        var request = await reader.ReadAsync(parameters, cancellationToken);
        if (!request.IsValid)
        {
            return InvalidParameters(request.Errors);
        }

        var now = clock.GetUtcNow();
        var outcome = await search.SearchAsync(request.State.ToQuery(now), request.State.StatusInstant(now), cancellationToken);
        return Ok(SearchApiResponse.From(outcome, request.State, SiteRoot));
    }

    [HttpGet("suggest")]
    [EndpointSummary("Completions for what has been typed so far")]
    [EndpointDescription(SearchApiDocumentation.Suggest)]
    [ProducesResponseType<SuggestApiResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ApiProblems.ContentType)]
    public async Task<IActionResult> Suggest([FromQuery] string? q, CancellationToken cancellationToken)
    {
        if (q?.Length > MaxSuggestLength)
        {
            return InvalidParameters([new SearchParameterError(SearchParameters.Q, $"At most {MaxSuggestLength} characters.")]);
        }

        var suggestions = string.IsNullOrWhiteSpace(q) ? [] : await index.SuggestAsync(q.Trim(), MaxSuggestions, cancellationToken);
        return Ok(SuggestApiResponse.From(suggestions.Take(MaxSuggestions)));
    }

    private IActionResult InvalidParameters(IEnumerable<SearchParameterError> errors)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Parameter, error.Message);
        }

        return ApiProblems.InvalidParameters(ControllerContext);
    }

    // Ends with a slash, as the responses append paths such as "b/{slug}" to it.
    private string SiteRoot => SiteUrl.Root(Request) + "/";
}
