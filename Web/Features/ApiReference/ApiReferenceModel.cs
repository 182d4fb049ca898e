namespace HalloBot.Web.Features.ApiReference;

/// <summary>The API reference page: what the OpenAPI document says, in a shape a Razor view can list.</summary>
public sealed record ApiReferenceModel(
    string Title,
    string Description,
    string DocumentUrl,
    IReadOnlyList<ApiEndpoint> Endpoints,
    IReadOnlyList<ApiSchema> Schemas);

/// <param name="Anchor">The fragment that links to this endpoint on the page.</param>
/// <param name="ExampleUrl">A request that works against this site, or null where none can be made up.</param>
public sealed record ApiEndpoint(
    string Method,
    string Path,
    string Anchor,
    string? Summary,
    string? Description,
    IReadOnlyList<ApiParameter> Parameters,
    IReadOnlyList<ApiResponse> Responses,
    string? ExampleUrl);

/// <param name="Location">Where the parameter goes: <c>path</c>, <c>query</c> or <c>header</c>.</param>
/// <param name="Constraints">Range, default and allowed values as the document gives them, e.g. "1 – 100, default 20".</param>
public sealed record ApiParameter(string Name, string Location, bool Required, ApiType Type, string? Description, string? Constraints);

public sealed record ApiResponse(string Status, string Description, IReadOnlyList<string> ContentTypes, ApiType? Type);

public sealed record ApiSchema(string Name, string Anchor, IReadOnlyList<ApiProperty> Properties);

public sealed record ApiProperty(string Name, ApiType Type, string? Description);

/// <summary>A type as text (<c>string</c>, <c>integer (int32)</c>, <c>array of string</c>) and the schema it names, if any.</summary>
public sealed record ApiType(string Text, string? SchemaName)
{
    public static ApiType Any { get; } = new("any", null);

    public string? SchemaAnchor => SchemaName is null ? null : ApiReferenceBuilder.SchemaAnchor(SchemaName);
}
