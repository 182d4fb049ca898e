using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace HalloBot.Web.Features.Api;

/// <summary>RFC 9457 problem responses of the JSON API.</summary>
public static class ApiProblems
{
    public const string ContentType = "application/problem+json";

    /// <summary>
    /// Replaces ASP.NET Core's automatic 400 so that <c>detail</c> names the parameters at fault;
    /// <c>errors</c> keeps one entry per parameter with what is wrong with it.
    /// </summary>
    public static IActionResult InvalidParameters(ActionContext context)
    {
        var parameters = context.ModelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .Select(entry => entry.Key)
            .Order(StringComparer.Ordinal);
        var problem = context.HttpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>()
            .CreateValidationProblemDetails(
                context.HttpContext,
                context.ModelState,
                StatusCodes.Status400BadRequest,
                title: "Invalid request parameter.",
                detail: $"Invalid value for: {string.Join(", ", parameters)}. See errors for what each expects.");
        return new BadRequestObjectResult(problem) { ContentTypes = { ContentType } };
    }
}
