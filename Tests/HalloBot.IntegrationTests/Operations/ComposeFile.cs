using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace HalloBot.IntegrationTests.Operations;

/// <summary>deploy/compose.yaml read as Docker Compose reads it: merge keys (<c>&lt;&lt;: *web</c>) resolved.</summary>
public sealed partial class ComposeFile
{
    private ComposeFile(IReadOnlyDictionary<string, Dictionary<object, object>> services, Dictionary<object, object> root)
    {
        Services = services;
        Root = root;
    }

    public IReadOnlyDictionary<string, Dictionary<object, object>> Services { get; }

    public Dictionary<object, object> Root { get; }

    public static ComposeFile Load(string path)
    {
        using var reader = new StreamReader(path);
        var root = new DeserializerBuilder().Build()
            .Deserialize<Dictionary<object, object>>(new MergingParser(new Parser(reader)));
        var services = ((Dictionary<object, object>)root["services"])
            .ToDictionary(s => (string)s.Key, s => (Dictionary<object, object>)s.Value);
        return new ComposeFile(services, root);
    }

    /// <summary>The services that run the web app as a server (the image's default command).</summary>
    public IEnumerable<string> WebInstances => Services
        .Where(s => Image(s.Key) == "hallobot-web:latest" && !s.Value.ContainsKey("command"))
        .Select(s => s.Key);

    public string? Image(string service) => Services[service].TryGetValue("image", out var image) ? (string)image : null;

    public IReadOnlyDictionary<string, string> Environment(string service) =>
        Services[service].TryGetValue("environment", out var environment)
            ? ((Dictionary<object, object>)environment).ToDictionary(e => (string)e.Key, e => e.Value?.ToString() ?? "")
            : new Dictionary<string, string>();

    public IEnumerable<string> DependsOn(string service) =>
        Services[service].TryGetValue("depends_on", out var dependsOn)
            ? dependsOn switch
            {
                Dictionary<object, object> map => map.Keys.Cast<string>(),
                List<object> list => list.Cast<string>(),
                _ => [],
            }
            : [];

    public IEnumerable<string> Volumes(string service) =>
        Services[service].TryGetValue("volumes", out var volumes) ? ((List<object>)volumes).Cast<string>() : [];

    public IEnumerable<string> DeclaredVolumes =>
        Root.TryGetValue("volumes", out var volumes) ? ((Dictionary<object, object>)volumes).Keys.Cast<string>() : [];

    /// <summary>Replaces <c>${NAME}</c>, <c>${NAME:?message}</c> and <c>${NAME:-default}</c> with <paramref name="value"/>(NAME).</summary>
    public static string Interpolate(string text, Func<string, string> value) =>
        Variable().Replace(text, m => value(m.Groups["name"].Value));

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?:[:?\-][^}]*)?\}")]
    private static partial Regex Variable();
}
