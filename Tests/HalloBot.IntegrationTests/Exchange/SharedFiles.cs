namespace HalloBot.IntegrationTests.Exchange;

/// <summary>Files of the shared folder that sits beside the repository (<c>../shared</c>).</summary>
public static class SharedFiles
{
    public static string SampleListingsCsv => Find(Path.Combine("data", "sample-listings.csv"));

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "HalloBot.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException($"No folder holding HalloBot.sln above {AppContext.BaseDirectory}.");
        }
    }

    /// <summary>
    /// <c>../shared/RELATIVE</c> beside the repository; a git worktree nested one level deeper finds it
    /// further up, so every ancestor of the repository is tried in turn.
    /// </summary>
    private static string Find(string relative)
    {
        var root = RepositoryRoot;
        for (var dir = Directory.GetParent(root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(
            $"The shared test file shared/{relative} was not found beside the repository {root} (expected {Path.GetFullPath(Path.Combine(root, "..", "shared", relative))}).");
    }
}
