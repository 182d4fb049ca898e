using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HalloBot.Web.Infrastructure.Health;

/// <summary>
/// The JSON body of the health endpoints: the overall status and each check's status and description. Descriptions
/// are fixed texts of the checks, never exception messages, so nothing about servers, users or data leaks.
/// </summary>
internal static class HealthResponseWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new HealthResponse(
            report.Status.ToString(),
            Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            report.Entries
                .Select(e => new HealthCheckResponse(
                    e.Key,
                    e.Value.Status.ToString(),
                    e.Value.Description,
                    Math.Round(e.Value.Duration.TotalMilliseconds, 1),
                    e.Value.Data.Count == 0 ? null : e.Value.Data))
                .ToList());
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, body, Json, context.RequestAborted);
    }

    private sealed record HealthResponse(string Status, double DurationMs, IReadOnlyList<HealthCheckResponse> Checks);

    private sealed record HealthCheckResponse(
        string Name,
        string Status,
        string? Description,
        double DurationMs,
        IReadOnlyDictionary<string, object>? Data);
}
