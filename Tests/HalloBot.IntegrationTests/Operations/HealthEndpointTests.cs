using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Operations;

/// <summary>/health/live and /health/ready against the real database, index folder and mail folder or SMTP server.</summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Live_RunningSite_AnswersHealthyWithoutChecks()
    {
        await using var app = new OperationsApp();
        var (status, body) = await GetAsync(app, "/health/live");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal(0, body.GetProperty("checks").GetArrayLength());
    }

    [Fact]
    public async Task Ready_EverythingAvailable_AnswersHealthyForDatabaseSearchAndMail()
    {
        await using var app = new OperationsApp();
        var (status, body) = await GetAsync(app, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal(new Dictionary<string, string> { ["database"] = "Healthy", ["search"] = "Healthy", ["mail"] = "Healthy" }, Checks(body));
        Assert.Equal(0, CheckOf(body, "search").GetProperty("data").GetProperty("documents").GetInt64());
        // The probe leaves nothing behind for whatever collects the pickup folder.
        Assert.Empty(Directory.GetFiles(Path.Combine(app.DataDirectory, "mail", "pickup")));
    }

    [Fact]
    public async Task Ready_MigrationNotApplied_Answers503NamingTheDatabase()
    {
        await using var app = new OperationsApp();
        using (app.CreateClient())
        {
        }

        var latest = await app.QueryAsync(db => Task.FromResult(db.Database.GetMigrations().Last()));
        await app.QueryAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM __EFMigrationsHistory WHERE MigrationId = {latest}"));
        var (status, body) = await GetAsync(app, "/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.Equal(new Dictionary<string, string> { ["database"] = "Unhealthy", ["search"] = "Healthy", ["mail"] = "Healthy" }, Checks(body));
        Assert.Contains("1 migration", CheckOf(body, "database").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_PickupFolderNotWritable_Answers503WithoutThePath()
    {
        var blocker = Path.Combine(Path.GetTempPath(), $"hallobot-ops-blocker-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(blocker, "a file where the pickup folder should be");
        try
        {
            await using var app = new OperationsApp(settings: new Dictionary<string, string> { ["HalloBot:Mail:PickupDirectory"] = blocker });
            var (status, body) = await GetAsync(app, "/health/ready");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.Equal("Unhealthy", Checks(body)["mail"]);
            Assert.DoesNotContain(blocker, body.GetRawText(), StringComparison.Ordinal);
            Assert.DoesNotContain(app.DataDirectory, body.GetRawText(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    [Fact]
    public async Task Ready_SmtpServerGreetsAndAnswersEhlo_IsHealthy()
    {
        await using var smtp = FakeSmtpServer.Start(FakeSmtpServer.Behaviour.Answers);
        await using var app = SmtpApp(smtp.Port);
        var (status, body) = await GetAsync(app, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", Checks(body)["mail"]);
        // The probe asks for no more than the greeting and EHLO, and sends nothing.
        Assert.Equal("EHLO hallobot-health", smtp.Commands[0]);
        Assert.DoesNotContain(smtp.Commands, c => c.StartsWith("MAIL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ready_SmtpServerRefuses_Answers503()
    {
        await using var smtp = FakeSmtpServer.Start(FakeSmtpServer.Behaviour.Refuses);
        await using var app = SmtpApp(smtp.Port);
        var (status, body) = await GetAsync(app, "/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", Checks(body)["mail"]);
        Assert.DoesNotContain("554", body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_NoSmtpServerListening_Answers503()
    {
        int port;
        await using (var closed = FakeSmtpServer.Start(FakeSmtpServer.Behaviour.Answers))
        {
            port = closed.Port;
        }

        await using var app = SmtpApp(port);
        var (status, body) = await GetAsync(app, "/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", Checks(body)["mail"]);
    }

    [Fact]
    public async Task Ready_SearchServerNotListening_Answers503ForTheSearchIndexAlone()
    {
        int port;
        await using (var closed = FakeSmtpServer.Start(FakeSmtpServer.Behaviour.Answers))
        {
            port = closed.Port;
        }

        var url = $"http://127.0.0.1:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        await using var app = new OperationsApp(settings: new Dictionary<string, string>
        {
            ["HalloBot:Search:Provider"] = "Elasticsearch",
            ["HalloBot:Search:Elasticsearch:Url"] = url,
            ["HalloBot:Search:Elasticsearch:RequestTimeout"] = "00:00:05",
        });
        var (status, body) = await GetAsync(app, "/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.Equal(new Dictionary<string, string> { ["database"] = "Healthy", ["search"] = "Unhealthy", ["mail"] = "Healthy" }, Checks(body));
        // The answer is public: it names the failing part, not the server's address.
        Assert.DoesNotContain(url, body.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(app.Log.Entries, e => e.Message.Contains("search index does not answer", StringComparison.Ordinal));
    }

    private static OperationsApp SmtpApp(int port) => new(settings: new Dictionary<string, string>
    {
        ["HalloBot:Mail:Provider"] = "Smtp",
        ["HalloBot:Mail:Smtp:Host"] = "127.0.0.1",
        ["HalloBot:Mail:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["HalloBot:Mail:Smtp:Security"] = "None",
    });

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(OperationsApp app, string path)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-cache", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.Clone());
    }

    private static Dictionary<string, string> Checks(JsonElement body) => body.GetProperty("checks").EnumerateArray()
        .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString()!);

    private static JsonElement CheckOf(JsonElement body, string name) =>
        body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
}
