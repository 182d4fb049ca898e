using System.Net;
using System.Text.Json;

namespace HalloBot.IntegrationTests.Api;

internal static class JsonAssert
{
    public static string[] PropertyNames(JsonElement element) =>
        [.. element.EnumerateObject().Select(p => p.Name)];

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, HttpStatusCode expected, string mediaType)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    public static Task<JsonElement> ReadJsonAsync(HttpResponseMessage response) =>
        ReadJsonAsync(response, HttpStatusCode.OK, "application/json");

    public static Task<JsonElement> ReadProblemAsync(HttpResponseMessage response, HttpStatusCode expected) =>
        ReadJsonAsync(response, expected, "application/problem+json");
}
