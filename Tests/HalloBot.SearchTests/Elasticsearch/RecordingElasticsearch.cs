using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace HalloBot.SearchTests.Elasticsearch;

/// <summary>One request as the recording server received it.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, string? ContentType, string Body)
{
    /// <summary>The body as JSON; an empty object for a request without a body.</summary>
    public JsonNode Json => Body.Length == 0 ? new JsonObject() : JsonNode.Parse(Body)!;

    /// <summary>The lines of an NDJSON (bulk) body.</summary>
    public IReadOnlyList<JsonNode> Lines => Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
}

/// <summary>
/// A real HTTP listener on 127.0.0.1 that stands in for an Elasticsearch node: records every request and answers
/// with what the test's handler returns (status and JSON), with the product header the client checks for.
/// </summary>
public sealed class RecordingElasticsearch : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<RecordedRequest, (int Status, string Body)> _handler;
    private readonly Task _loop;
    private readonly List<RecordedRequest> _requests = [];

    public RecordingElasticsearch(Func<RecordedRequest, (int Status, string Body)> handler)
    {
        _handler = handler;
        var port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public RecordedRequest OnlyRequest(string method, string pathContains) =>
        Assert.Single(Requests, r => r.Method == method && r.Path.Contains(pathContains, StringComparison.Ordinal));

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener's disposal exception.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            // The client compresses request bodies (as a real cluster accepts them).
            Stream input = string.Equals(context.Request.Headers["Content-Encoding"], "gzip", StringComparison.OrdinalIgnoreCase)
                ? new GZipStream(context.Request.InputStream, CompressionMode.Decompress)
                : context.Request.InputStream;
            using var reader = new StreamReader(input, Encoding.UTF8);
            var recorded = new RecordedRequest(
                context.Request.HttpMethod,
                context.Request.Url!.AbsolutePath,
                context.Request.Url.Query,
                context.Request.ContentType,
                await reader.ReadToEndAsync());
            lock (_requests)
            {
                _requests.Add(recorded);
            }

            int status;
            string body;
            try
            {
                (status, body) = _handler(recorded);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A broken canned answer must fail the test quickly and visibly, not hang the client.
                (status, body) = (500, new JsonObject { ["error"] = new JsonObject { ["type"] = "test_handler_failure", ["reason"] = e.ToString() } }.ToJsonString());
            }

            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/vnd.elasticsearch+json;compatible-with=9";
            context.Response.Headers["X-Elastic-Product"] = "Elasticsearch";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
