namespace HalloBot.Jobs.Mail.Bounces;

/// <summary>
/// The bounce mailbox as a Maildir that the mail system delivers into (<c>tmp</c> → <c>new</c>). Everything in
/// <c>new</c> and <c>cur</c> is still to be read (a mail client may have moved it to <c>cur</c>); once read, a file moves
/// to the Maildir++ folder <c>.Processed</c>, or to <c>.Unmatched</c> when it is no report about a mail of ours. Files
/// are moved, never deleted, so nothing is lost and nothing is read over and over.
/// </summary>
public sealed class BounceMaildir(string root)
{
    public const string ProcessedFolder = ".Processed";
    public const string UnmatchedFolder = ".Unmatched";

    private static readonly string[] Parts = ["tmp", "new", "cur"];
    private static readonly string[] Inbox = ["new", "cur"];

    public string Root { get; } = root;

    public IReadOnlyList<string> Waiting()
    {
        foreach (var folder in new[] { Root, Path.Combine(Root, ProcessedFolder), Path.Combine(Root, UnmatchedFolder) })
        {
            foreach (var part in Parts)
            {
                Directory.CreateDirectory(Path.Combine(folder, part));
            }
        }

        // Names start with the delivery time (seconds since 1970), so this is roughly arrival order.
        return [.. Inbox
            .SelectMany(part => Directory.EnumerateFiles(Path.Combine(Root, part)))
            .Where(file => !Path.GetFileName(file).StartsWith('.'))
            .Order(StringComparer.Ordinal)];
    }

    public void MarkProcessed(string file) => MoveTo(file, ProcessedFolder);

    public void MoveAside(string file) => MoveTo(file, UnmatchedFolder);

    /// <summary>Into the folder's <c>cur</c>, seen (<c>:2,S</c>): read, but still there to look at.</summary>
    private void MoveTo(string file, string folder)
    {
        var name = Path.GetFileName(file);
        var separator = name.IndexOf(':', StringComparison.Ordinal);
        var unique = separator < 0 ? name : name[..separator];
        File.Move(file, Path.Combine(Root, folder, "cur", unique + ":2,S"), overwrite: true);
    }

    /// <summary>The file name only: Maildir names hold the delivery time and host, never an address.</summary>
    public static string NameOf(string file) => Path.GetFileName(file);
}
