using System.Text.Json;

namespace HalloBot.Web.Features.ApiReference;

/// <summary>
/// Reads the OpenAPI 3.1 document as JSON into <see cref="ApiReferenceModel"/>. Reading the serialised document,
/// rather than the object model, keeps the page to what clients see at <c>/api/v1/openapi.json</c>.
/// </summary>
public static class ApiReferenceBuilder
{
    private const string SchemaReferencePrefix = "#/components/schemas/";

    public static string SchemaAnchor(string name) => "schema-" + name.ToLowerInvariant();

    /// <param name="examples">Example requests by path template, e.g. <c>/api/v1/search</c> → <c>/api/v1/search?q=bäckerei</c>.</param>
    public static ApiReferenceModel Build(JsonElement document, string documentUrl, IReadOnlyDictionary<string, string> examples)
    {
        var info = document.GetProperty("info");
        var endpoints = new List<ApiEndpoint>();
        foreach (var path in document.GetProperty("paths").EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                endpoints.Add(Endpoint(path.Name, operation.Name, operation.Value, examples));
            }
        }

        var schemas = document.TryGetProperty("components", out var components) && components.TryGetProperty("schemas", out var found)
            ? found.EnumerateObject().OrderBy(s => s.Name, StringComparer.Ordinal).Select(Schema).ToList()
            : [];
        return new ApiReferenceModel(
            Text(info, "title") ?? "API",
            Text(info, "description") ?? "",
            documentUrl,
            endpoints,
            schemas);
    }

    private static ApiEndpoint Endpoint(string path, string method, JsonElement operation, IReadOnlyDictionary<string, string> examples)
    {
        var parameters = operation.TryGetProperty("parameters", out var list)
            ? list.EnumerateArray().Select(Parameter).ToList()
            : [];
        var responses = operation.TryGetProperty("responses", out var answers)
            ? answers.EnumerateObject().Select(Response).ToList()
            : [];
        var verb = method.ToUpperInvariant();
        var anchor = verb.ToLowerInvariant() + "-" + string.Concat(path.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')).Trim('-');
        examples.TryGetValue(path, out var example);
        if (example is null && verb == "GET" && !path.Contains('{', StringComparison.Ordinal))
        {
            example = path;
        }

        return new ApiEndpoint(verb, path, anchor, Text(operation, "summary"), Text(operation, "description"), parameters, responses, example);
    }

    private static ApiParameter Parameter(JsonElement parameter)
    {
        var schema = parameter.TryGetProperty("schema", out var s) ? s : default;
        return new ApiParameter(
            Text(parameter, "name") ?? "",
            Text(parameter, "in") ?? "",
            parameter.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.True,
            schema.ValueKind == JsonValueKind.Object ? TypeOf(schema) : ApiType.Any,
            Text(parameter, "description"),
            schema.ValueKind == JsonValueKind.Object ? Constraints(schema) : null);
    }

    private static ApiResponse Response(JsonProperty response)
    {
        var contentTypes = new List<string>();
        ApiType? type = null;
        if (response.Value.TryGetProperty("content", out var content))
        {
            foreach (var media in content.EnumerateObject())
            {
                contentTypes.Add(media.Name);
                if (type is null && media.Value.TryGetProperty("schema", out var schema))
                {
                    type = TypeOf(schema);
                }
            }
        }

        return new ApiResponse(response.Name, Text(response.Value, "description") ?? "", contentTypes, type);
    }

    private static ApiSchema Schema(JsonProperty schema)
    {
        var properties = schema.Value.TryGetProperty("properties", out var found)
            ? found.EnumerateObject().Select(p => new ApiProperty(p.Name, TypeOf(p.Value), Text(p.Value, "description"))).ToList()
            : [];
        return new ApiSchema(schema.Name, SchemaAnchor(schema.Name), properties);
    }

    /// <summary>The type of a schema in words; nullable types end in "or null".</summary>
    private static ApiType TypeOf(JsonElement schema)
    {
        if (Text(schema, "$ref") is { } reference && reference.StartsWith(SchemaReferencePrefix, StringComparison.Ordinal))
        {
            var name = reference[SchemaReferencePrefix.Length..];
            return new ApiType(name, name);
        }

        foreach (var combinator in (string[])["oneOf", "anyOf", "allOf"])
        {
            if (schema.TryGetProperty(combinator, out var choices))
            {
                var types = choices.EnumerateArray().Select(TypeOf).ToList();
                return new ApiType(string.Join(" or ", types.Select(t => t.Text).Distinct()), types.Select(t => t.SchemaName).FirstOrDefault(n => n is not null));
            }
        }

        if (!schema.TryGetProperty("type", out var type))
        {
            return ApiType.Any;
        }

        var names = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString() ?? "").ToList() : [type.GetString() ?? ""];
        var nullable = names.Remove("null");
        var text = string.Join(" or ", names);
        string? schemaName = null;
        if (names is ["array"] && schema.TryGetProperty("items", out var items))
        {
            var itemType = TypeOf(items);
            text = "array of " + itemType.Text;
            schemaName = itemType.SchemaName;
        }

        if (Text(schema, "format") is { } format)
        {
            text += $" ({format})";
        }

        return new ApiType(nullable ? text + " or null" : text, schemaName);
    }

    private static string? Constraints(JsonElement schema)
    {
        var parts = new List<string>();
        var minimum = Raw(schema, "minimum");
        var maximum = Raw(schema, "maximum");
        if (minimum is not null || maximum is not null)
        {
            parts.Add($"{minimum ?? "…"} – {maximum ?? "…"}");
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            parts.Add(string.Join(", ", values.EnumerateArray().Select(v => v.ToString())));
        }

        if (Raw(schema, "default") is { } defaultValue)
        {
            parts.Add("default " + defaultValue);
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static string? Raw(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : null;

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
