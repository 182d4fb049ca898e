using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HalloBot.Jobs.Mail;
using HalloBot.Search.Elasticsearch;
using HalloBot.Web.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace HalloBot.IntegrationTests.Operations;

/// <summary>
/// The reference deployment in deploy/, checked as far as this machine allows without a Docker engine: the compose
/// file parses and holds what docs/deployment.md promises, its settings are ones the app reads and accepts, nginx
/// sends traffic to its web services, and the published SQL script and index template are what the code produces.
/// </summary>
public sealed partial class DeployFilesTests
{
    private static readonly ComposeFile Compose = ComposeFile.Load(DeployFiles.ComposeFile);

    [Fact]
    public void ComposeFile_Services_HoldSqlServerElasticsearchTwoWebInstancesAndNginx()
    {
        Assert.StartsWith("mcr.microsoft.com/mssql/server:2022", Compose.Image("sqlserver"), StringComparison.Ordinal);
        Assert.StartsWith("docker.elastic.co/elasticsearch/elasticsearch:9.", Compose.Image("elasticsearch"), StringComparison.Ordinal);
        Assert.StartsWith("nginx:", Compose.Image("nginx"), StringComparison.Ordinal);
        Assert.True(Compose.WebInstances.Count() >= 2, $"Two or more web instances expected, found: {string.Join(", ", Compose.WebInstances)}.");
        Assert.Contains("./nginx.conf:/etc/nginx/nginx.conf:ro", Compose.Volumes("nginx"));
    }

    [Fact]
    public void ComposeFile_References_NameDeclaredServicesAndVolumes()
    {
        var declaredVolumes = Compose.DeclaredVolumes.ToHashSet();
        foreach (var service in Compose.Services.Keys)
        {
            foreach (var dependency in Compose.DependsOn(service))
            {
                Assert.True(Compose.Services.ContainsKey(dependency), $"{service} depends on '{dependency}', which is no service.");
            }

            foreach (var volume in Compose.Volumes(service).Select(v => v.Split(':')[0]).Where(v => !v.StartsWith('.')))
            {
                Assert.True(declaredVolumes.Contains(volume), $"{service} mounts the volume '{volume}', which is not declared.");
            }
        }
    }

    [Fact]
    public void ComposeFile_WebInstances_ShareMediaAndWaitForMigrations()
    {
        foreach (var web in Compose.WebInstances)
        {
            var dataDirectory = Compose.Environment(web)["HalloBot__DataDirectory"];
            Assert.Contains(Compose.Volumes(web), v => v.EndsWith(":" + dataDirectory, StringComparison.Ordinal) && !v.StartsWith('.'));
            Assert.Contains("migrate", Compose.DependsOn(web));
        }

        Assert.Equal(["migrate"], ((List<object>)Compose.Services["migrate"]["command"]).Cast<string>());
    }

    [Fact]
    public void ComposeFile_EnvironmentNames_AreConfigurationKeysOfTheApp()
    {
        var known = ConfigurationKeys.All();
        var unknown = Compose.WebInstances.Append("migrate")
            .SelectMany(service => Compose.Environment(service).Keys.Select(name => (service, name)))
            .Where(e => !known.Contains(WithoutIndexes(ConfigurationKeys.FromEnvironmentName(e.name))))
            .Select(e => $"{e.service}: {e.name}")
            .ToList();
        Assert.True(unknown.Count == 0, "Settings the app does not read: " + string.Join(", ", unknown));
    }

    [Fact]
    public void ComposeFile_WebSettings_PassTheAppsOwnValidation()
    {
        foreach (var web in Compose.WebInstances)
        {
            var settings = Compose.Environment(web).ToDictionary(
                e => ConfigurationKeys.FromEnvironmentName(e.Key),
                e => (string?)ComposeFile.Interpolate(e.Value, name => "secret-" + name));
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

            var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()!;
            Assert.Equal(DatabaseProvider.SqlServer, database.Provider);
            Assert.Empty(database.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(database)));
            Assert.Contains("Server=sqlserver", database.ConnectionString, StringComparison.Ordinal);

            Assert.Equal("Elasticsearch", configuration["HalloBot:Search:Provider"]);
            var elasticsearch = configuration.GetSection(ElasticsearchOptions.SectionName).Get<ElasticsearchOptions>()!;
            elasticsearch.Validate();
            Assert.Equal("elasticsearch", elasticsearch.Url!.Host);
        }
    }

    [Fact]
    public void ComposeFile_WebMail_GoesThroughSmtpWithTheLoginFromRequiredVariables()
    {
        foreach (var service in Compose.WebInstances.Append("migrate"))
        {
            var environment = Compose.Environment(service);
            Assert.Equal("Smtp", environment["HalloBot__Mail__Provider"]);
            Assert.Matches(RequiredVariable(), environment["HalloBot__Mail__Smtp__Host"]);
            Assert.Matches(RequiredVariable(), environment["HalloBot__Mail__Smtp__Username"]);
            Assert.Matches(RequiredVariable(), environment["HalloBot__Mail__Smtp__Password"]);

            var settings = environment.ToDictionary(
                e => ConfigurationKeys.FromEnvironmentName(e.Key),
                e => (string?)ComposeFile.Interpolate(e.Value, name => name == "SMTP_PORT" ? "587" : "secret-" + name));
            var mail = new ConfigurationBuilder().AddInMemoryCollection(settings).Build()
                .GetSection(MailOptions.Section).Get<MailOptions>()!;
            Assert.Equal((MailProvider.Smtp, "secret-SMTP_HOST", 587, SmtpSecurity.StartTls, "secret-SMTP_PASSWORD"),
                (mail.Provider, mail.Smtp.Host, mail.Smtp.Port, mail.Smtp.Security, mail.Smtp.Password));
        }

        // The backend network is internal: the instances need a second one to reach the relay.
        var networks = (Dictionary<object, object>)Compose.Root["networks"];
        foreach (var web in Compose.WebInstances)
        {
            var joined = ((List<object>)Compose.Services[web]["networks"]).Cast<string>().ToList();
            Assert.Contains(joined, n => networks[n] is not Dictionary<object, object> settings || !settings.ContainsKey("internal"));
        }
    }

    [Fact]
    public void ComposeFile_Secrets_ComeFromTheEnvironment()
    {
        var text = File.ReadAllText(DeployFiles.ComposeFile);
        foreach (Match match in PasswordSetting().Matches(text))
        {
            Assert.StartsWith("${", match.Groups["value"].Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NginxConfig_Upstream_PointsAtEveryWebInstance()
    {
        var config = File.ReadAllText(DeployFiles.NginxConfig);
        var upstreams = Upstream().Matches(config).ToDictionary(
            m => m.Groups["name"].Value,
            m => UpstreamServer().Matches(m.Groups["body"].Value).Select(s => s.Groups["address"].Value).ToHashSet());
        var proxied = ProxyPass().Matches(config).Select(m => m.Groups["upstream"].Value).Distinct().ToList();

        Assert.NotEmpty(proxied);
        foreach (var upstream in proxied)
        {
            Assert.True(upstreams.ContainsKey(upstream), $"proxy_pass names '{upstream}', which is no upstream.");
            var expected = Compose.WebInstances.Select(w => $"{w}:{HttpPort()}").ToHashSet();
            Assert.Equal(expected, upstreams[upstream]);
        }

        Assert.Contains("X-Forwarded-Proto $scheme", config, StringComparison.Ordinal);
    }

    [Fact]
    public void NginxConfig_PublicApi_LimitedPerClientAcrossInstances()
    {
        var config = File.ReadAllText(DeployFiles.NginxConfig);
        var zone = RequestZone().Match(config);
        var api = ApiLocation().Match(config);

        Assert.True(zone.Success, "a request zone keyed by the client address");
        Assert.True(api.Success, "a location for the public API");
        Assert.Contains($"limit_req zone={zone.Groups["name"].Value} ", api.Groups["body"].Value, StringComparison.Ordinal);
        Assert.Contains("proxy_pass http://hallobot_web;", api.Groups["body"].Value, StringComparison.Ordinal);
        Assert.Contains("limit_req_status 429;", config, StringComparison.Ordinal);
    }

    [Fact]
    public void MigrationScript_Published_EqualsFreshlyGeneratedScript()
    {
        var published = File.ReadAllText(DeployFiles.MigrationScript);
        Assert.Contains(DeployFiles.LatestSqlServerMigrationId(), published, StringComparison.Ordinal);
        Assert.Equal(Normalize(DeployFiles.FreshMigrationScript()), Normalize(published));
    }

    [Fact]
    public void IndexTemplate_Published_EqualsWhatTheElasticsearchBackendCreates()
    {
        if (DeployFiles.WritesGeneratedFiles)
        {
            DeployFiles.WriteGeneratedFiles();
        }

        var fresh = DeployFiles.FreshIndexTemplate();
        var published = File.ReadAllText(DeployFiles.IndexTemplate);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(fresh), JsonNode.Parse(published)),
            "deploy/elasticsearch-index-template.json is out of date: run deploy/generate.sh.");
        Assert.Equal("strict", JsonNode.Parse(published)!["template"]!["mappings"]!["dynamic"]!.GetValue<string>());
    }

    private static string HttpPort() =>
        HttpPorts().Match(File.ReadAllText(Path.Combine(DeployFiles.Folder, "Dockerfile"))).Groups["port"].Value;

    private static string WithoutIndexes(string key) => ArrayIndex().Replace(key, "");

    private static string Normalize(string script) => script.TrimStart('\uFEFF').ReplaceLineEndings("\n").Trim();

    [GeneratedRegex(@"limit_req_zone \$binary_remote_addr zone=(?<name>\w+):\d+m rate=\d+r/s;")]
    private static partial Regex RequestZone();

    [GeneratedRegex(@"location /api/ \{(?<body>[^}]*)\}")]
    private static partial Regex ApiLocation();

    [GeneratedRegex(@"upstream\s+(?<name>[\w-]+)\s*\{(?<body>[^}]*)\}")]
    private static partial Regex Upstream();

    [GeneratedRegex(@"^\s*server\s+(?<address>[\w.-]+:\d+)", RegexOptions.Multiline)]
    private static partial Regex UpstreamServer();

    [GeneratedRegex(@"proxy_pass\s+https?://(?<upstream>[\w-]+)\s*;")]
    private static partial Regex ProxyPass();

    [GeneratedRegex(@"ASPNETCORE_HTTP_PORTS=(?<port>\d+)")]
    private static partial Regex HttpPorts();

    [GeneratedRegex(@"(:\d+)+$")]
    private static partial Regex ArrayIndex();

    /// <summary><c>${NAME:?message}</c>: Compose refuses to start while NAME is unset, so no default can slip into production.</summary>
    [GeneratedRegex(@"^\$\{[A-Z_]+:\?[^}]+\}$")]
    private static partial Regex RequiredVariable();

    [GeneratedRegex(@"(PASSWORD|Password)\s*[:=]\s*(?<value>[^;\s""]+)")]
    private static partial Regex PasswordSetting();
}
