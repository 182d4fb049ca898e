using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using HalloBot.IntegrationTests.Infrastructure;
using static HalloBot.IntegrationTests.Api.JsonAssert;

namespace HalloBot.IntegrationTests.Api;

[Collection(ApiCollection.Name)]
public sealed class ApiProblemTests(ApiTestApp app)
{
    private const string Listing = "/api/v1/listings/baeckerei-mueller-kirchhellen";

    /// <summary>Hostile values, already URL-encoded as a client would send them.</summary>
    public static TheoryData<string> HostileValues => new()
    {
        new string('a', 20_000),
        "%00",
        "a%00b",
        "%E2%80%AE%F0%9F%8D%9E",      // right-to-left override, emoji
        "%ED%A0%80",                  // a lone surrogate, invalid UTF-8
        "%FF%FE",
        "B%C3%A4ckerei%20M%C3%BCller",
        "'%20OR%201%3D1%20--",
        "1%3B%20DROP%20TABLE%20Listings%3B--",
        "%25%27%22%3C%3E",
        "-1",
        "-2147483649",
        "2147483648",
        "99999999999999999999999999",
        "1e10",
        "NaN",
        "..%2F..%2Fetc%2Fpasswd",
        "%20",
        "9999-12-31T23:59:59-14:00",
        "0001-01-01T00:00:00%2B14:00",
        "2026-06-04T10:00:00%2B99:00",
    };

    [Theory]
    [InlineData(Listing + "?at=yesterday", "at")]
    [InlineData(Listing + "?at=2026-06-04T10:00:00", "at")] // no offset: which instant is meant?
    [InlineData(Listing + "?at=2026-06-04", "at")]
    [InlineData(Listing + "?at=2026-13-01T10:00:00Z", "at")]
    [InlineData("/api/v1/listings?at=morgen", "at")]
    [InlineData("/api/v1/listings?page=0", "page")]
    [InlineData("/api/v1/listings?page=-3", "page")]
    [InlineData("/api/v1/listings?page=99999999999", "page")]
    [InlineData("/api/v1/listings?pageSize=500", "pageSize")]
    [InlineData("/api/v1/listings?pageSize=0", "pageSize")]
    [InlineData("/api/v1/listings?pageSize=abc", "pageSize")]
    [InlineData("/api/v1/listings?pageSize=2.5", "pageSize")]
    public async Task Get_BadParameter_Returns400ProblemNamingIt(string url, string parameter)
    {
        using var client = app.CreateClient();

        var problem = await ReadProblemAsync(await client.GetAsync(url), HttpStatusCode.BadRequest);

        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.Contains(parameter, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var errors = problem.GetProperty("errors");
        Assert.Equal([parameter], PropertyNames(errors));
        Assert.Contains(errors.GetProperty(parameter).EnumerateArray(), e => !string.IsNullOrWhiteSpace(e.GetString()));
    }

    [Fact]
    public async Task Get_SeveralBadParameters_NamesEach()
    {
        using var client = app.CreateClient();

        var problem = await ReadProblemAsync(await client.GetAsync("/api/v1/listings?page=0&pageSize=abc&at=gestern"), HttpStatusCode.BadRequest);

        Assert.Equal(["at", "page", "pageSize"], PropertyNames(problem.GetProperty("errors")).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/api/v1/listings?at=2026-06-03T10:00:00Z")]
    [InlineData("/api/v1/listings?at=2026-06-03T10:00:00.123%2B02:00")]
    [InlineData("/api/v1/listings?at=2026-06-03T10:00%2B02:00")]
    [InlineData("/api/v1/listings?at=2026-06-03T10:00:00+02:00")] // an unencoded '+' arrives as a space
    [InlineData("/api/v1/listings?at=")]
    public async Task List_WellFormedAt_Accepted(string url)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_UnknownApiAddress_Returns404Problem()
    {
        using var client = app.CreateClient();

        var problem = await ReadProblemAsync(await client.GetAsync("/api/v1/nothing-here"), HttpStatusCode.NotFound);

        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Theory]
    [MemberData(nameof(HostileValues))]
    public async Task Get_HostileInputInAnyParameter_NeverAServerError(string value)
    {
        using var client = app.CreateNonRedirectingClient();
        List<string> urls =
        [
            $"{Listing}?at={value}",
            $"/api/v1/listings?externalId={value}&at=2026-06-03T10:00:00Z",
            $"/api/v1/listings?page={value}",
            $"/api/v1/listings?pageSize={value}",
            $"/api/v1/listings?page=1&pageSize=5&at={value}&externalId={value}",
        ];
        // A NUL in the path never reaches the app: Kestrel refuses the request line, and the test client throws.
        if (!value.Contains("%00", StringComparison.Ordinal))
        {
            urls.Add($"/api/v1/listings/{value}");
            urls.Add($"/api/v1/listings/{value}?at=2026-06-03T10:00:00Z");
        }

        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();

            Assert.True((int)response.StatusCode < 500, $"{url[..Math.Min(url.Length, 200)]} gave {(int)response.StatusCode}: {body}");
            if ((int)response.StatusCode >= 400)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
            else if (response.StatusCode == HttpStatusCode.OK)
            {
                using var json = JsonDocument.Parse(body);
            }
        }

        Assert.Equal(ApiTestApp.PublishedCount + 3, await app.QueryAsync(db => db.Listings.CountAsync()));
    }
}
