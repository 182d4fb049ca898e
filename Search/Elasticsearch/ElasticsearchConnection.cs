using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace HalloBot.Search.Elasticsearch;

/// <summary>
/// Sends JSON bodies to the cluster through the official client's transport (connection pool, authentication, product
/// check, timeouts). The bodies are written as the Elasticsearch REST reference shows them rather than through the
/// typed request classes: the analysis chain and the queries can then be read against the reference and compared
/// structurally in tests, and they do not depend on how one client version spells a descriptor.
/// </summary>
internal sealed class ElasticsearchConnection
{
    private readonly ITransport _transport;

    public ElasticsearchConnection(ElasticsearchOptions options)
    {
        options.Validate();
        var settings = new ElasticsearchClientSettings(options.Url!)
            .RequestTimeout(options.RequestTimeout)
            .ThrowExceptions(false);
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            settings = settings.Authentication(new ApiKey(options.ApiKey));
        }
        else if (!string.IsNullOrEmpty(options.Username))
        {
            settings = settings.Authentication(new BasicAuthentication(options.Username, options.Password ?? ""));
        }

        _transport = new ElasticsearchClient(settings).Transport;
    }

    /// <summary>The parsed response body; throws <see cref="ElasticsearchRequestException"/> for anything but 2xx.</summary>
    public async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken) =>
        (await SendAsync(method, path, body?.ToJsonString(), [], cancellationToken)).Body;

    /// <summary>
    /// Sends a JSON (or NDJSON) body; status codes in <paramref name="acceptedStatuses"/> are returned instead of thrown.
    /// </summary>
    public async Task<(int Status, JsonNode? Body)> SendAsync(
        HttpMethod method, string path, string? body, IReadOnlyCollection<int> acceptedStatuses, CancellationToken cancellationToken) =>
        await SendAsync(method, path, body, acceptedStatuses, null, cancellationToken);

    /// <summary>A bulk request: newline-delimited JSON, each line ending in a newline.</summary>
    public async Task<JsonNode?> SendBulkAsync(string path, string ndjson, CancellationToken cancellationToken) =>
        (await SendAsync(HttpMethod.POST, path, ndjson, [], NdjsonConfiguration, cancellationToken)).Body;

    private static readonly RequestConfiguration NdjsonConfiguration = new()
    {
        ContentType = "application/vnd.elasticsearch+x-ndjson;compatible-with=9",
    };

    private async Task<(int Status, JsonNode? Body)> SendAsync(
        HttpMethod method, string path, string? body, IReadOnlyCollection<int> acceptedStatuses,
        IRequestConfiguration? configuration, CancellationToken cancellationToken)
    {
        var response = (body, configuration) switch
        {
            (null, _) => await _transport.RequestAsync<StringResponse>(method, path, cancellationToken),
            (_, null) => await _transport.RequestAsync<StringResponse>(method, path, PostData.String(body), cancellationToken),
            _ => await _transport.RequestAsync<StringResponse>(method, path, PostData.String(body), configuration, cancellationToken),
        };
        var details = response.ApiCallDetails;
        var status = details.HttpStatusCode ?? 0;
        var parsed = string.IsNullOrWhiteSpace(response.Body) ? null : TryParse(response.Body);
        if (details.HasSuccessfulStatusCode || acceptedStatuses.Contains(status))
        {
            return (status, parsed);
        }

        var reason = parsed?["error"] is JsonObject error
            ? $"{error["type"]}: {error["reason"]}"
            : details.OriginalException?.Message ?? response.Body;
        throw new ElasticsearchRequestException(
            $"Elasticsearch answered {(status == 0 ? "nothing" : status.ToString(System.Globalization.CultureInfo.InvariantCulture))} to {method} {path}: {reason}",
            status,
            details.OriginalException);
    }

    private static JsonNode? TryParse(string body)
    {
        try
        {
            return JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}

/// <summary>The cluster refused a request or could not be reached; <see cref="StatusCode"/> is 0 when nothing answered.</summary>
public sealed class ElasticsearchRequestException : Exception
{
    public ElasticsearchRequestException(string message, int statusCode, Exception? innerException)
        : base(message, innerException)
    {
        StatusCode = statusCode;
    }

    public int StatusCode { get; }
}
