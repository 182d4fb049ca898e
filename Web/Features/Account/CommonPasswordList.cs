using System.Collections.Frozen;

namespace HalloBot.Web.Features.Account;

/// <summary>The list of common passwords shipped with the site (<c>common-passwords.txt</c>), read once.</summary>
public sealed class CommonPasswordList
{
    private const string ResourceName = "HalloBot.Web.Features.Account.common-passwords.txt";

    private readonly FrozenSet<string> _passwords;

    public CommonPasswordList(IEnumerable<string> passwords)
    {
        _passwords = passwords.Select(p => p.Trim().ToLowerInvariant()).Where(p => p.Length > 0).ToFrozenSet(StringComparer.Ordinal);
    }

    public int Count => _passwords.Count;

    /// <param name="lowerCase">A password already lower-cased.</param>
    public bool Contains(string lowerCase) => _passwords.Contains(lowerCase);

    public static CommonPasswordList Load()
    {
        using var stream = typeof(CommonPasswordList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (!line.StartsWith('#'))
            {
                lines.Add(line);
            }
        }

        return new CommonPasswordList(lines);
    }
}
