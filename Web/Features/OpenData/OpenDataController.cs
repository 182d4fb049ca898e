using System.Text.Json;
using HalloBot.Web.Features.Shared;
using HalloBot.Web.Infrastructure.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace HalloBot.Web.Features.OpenData;

/// <summary>The open data of the directory: published listings as CSV and GeoJSON, and their DCAT-AP.de description.</summary>
[ApiController]
public sealed class OpenDataController(OpenDataQueries queries, IOptions<OpenDataOptions> options) : ControllerBase
{
    public const string CsvPath = "/api/v1/export/listings.csv";
    public const string GeoJsonPath = "/api/v1/export/listings.geojson";
    public const string DcatPath = "/api/v1/export/dcat.jsonld";
    public const string CsvFileName = "hallo-bot-unternehmen-bottrop.csv";
    public const string GeoJsonFileName = "hallo-bot-unternehmen-bottrop.geojson";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [HttpGet(CsvPath)]
    [EndpointSummary("Published listings as CSV (open data)")]
    [EndpointDescription(OpenDataDocumentation.Csv)]
    [ProducesResponseType(typeof(string), StatusCodes.Status200OK, "text/csv")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
    [EnableRateLimiting(RateLimitPolicies.OpenData)]
    public async Task<IActionResult> Csv(CancellationToken cancellationToken)
    {
        var fields = options.Value.OpenFields;
        var version = await queries.VersionAsync(cancellationToken);
        return new StreamedDownloadResult(
            "text/csv; charset=utf-8; header=present", CsvFileName, ETag(version, "csv"), version.NewestUpdate,
            (body, token) => OpenDataCsvWriter.WriteAsync(body, queries.PublishedAsync(token), fields, token));
    }

    [HttpGet(GeoJsonPath)]
    [EndpointSummary("Published listings with a location as GeoJSON (open data)")]
    [EndpointDescription(OpenDataDocumentation.GeoJson)]
    [ProducesResponseType(typeof(object), StatusCodes.Status200OK, "application/geo+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
    [EnableRateLimiting(RateLimitPolicies.OpenData)]
    public async Task<IActionResult> GeoJson(CancellationToken cancellationToken)
    {
        if (!options.Value.IsOpen(OpenDataField.LocationField))
        {
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "GeoJSON is not offered.",
                detail: "The office has not opened the field location, without which there is no map data. The CSV export has the open fields.");
        }

        var fields = options.Value.OpenFields;
        var version = await queries.VersionAsync(cancellationToken);
        return new StreamedDownloadResult(
            "application/geo+json", GeoJsonFileName, ETag(version, "geojson"), version.NewestUpdate,
            (body, token) => OpenDataGeoJsonWriter.WriteAsync(body, queries.PublishedAsync(token), fields, token));
    }

    [HttpGet(DcatPath)]
    [EndpointSummary("DCAT-AP.de description of the open dataset (JSON-LD)")]
    [EndpointDescription(OpenDataDocumentation.Dcat)]
    [ProducesResponseType(typeof(object), StatusCodes.Status200OK, "application/ld+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<IActionResult> Dcat(CancellationToken cancellationToken)
    {
        var version = await queries.VersionAsync(cancellationToken);
        var siteRoot = SiteUrl.Root(Request);
        var description = DcatDescription.Build(options.Value, siteRoot, version.NewestUpdate);
        return new StreamedDownloadResult(
            "application/ld+json", null, ETag(version, "dcat|" + siteRoot), version.NewestUpdate,
            (body, token) => JsonSerializer.SerializeAsync(body, description, Indented, token));
    }

    private EntityTagHeaderValue ETag(OpenDataVersion version, string format) =>
        new(version.ETagFor(format, options.Value.OpenFields.Select(f => f.Name)));
}
