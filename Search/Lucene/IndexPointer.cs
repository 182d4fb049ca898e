namespace HalloBot.Search.Lucene;

/// <summary>
/// The file "current" in the index root names the generation folder that searches use. Replacing it is atomic
/// (write beside, then rename), so a crash during a rebuild leaves the old index in use.
/// </summary>
internal static class IndexPointer
{
    private const string FileName = "current";
    private const string GenerationPrefix = "gen-";

    public static string? Read(string root)
    {
        var path = Path.Combine(root, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        var name = File.ReadAllText(path).Trim();
        return name.Length > 0 && Directory.Exists(Path.Combine(root, name)) ? name : null;
    }

    public static void Write(string root, string name)
    {
        var path = Path.Combine(root, FileName);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, name);
        File.Move(temporary, path, overwrite: true);
    }

    public static string NewGenerationName() =>
        $"{GenerationPrefix}{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}"[..(GenerationPrefix.Length + 17 + 9)];

    /// <summary>
    /// Removes generation folders other than the current one, the one the pointer names (a rebuild that crashed just
    /// after moving it has finished its folder) and <paramref name="keep"/> (the one a live rebuild is building): left by a
    /// rebuild that crashed, or by a site that switched while another process still read it.
    /// </summary>
    public static void DeleteStale(string root, string current, string? keep)
    {
        var pointed = Read(root);
        foreach (var folder in Directory.EnumerateDirectories(root, GenerationPrefix + "*"))
        {
            var name = Path.GetFileName(folder);
            if (name != current && name != keep && name != pointed)
            {
                TryDelete(folder);
            }
        }
    }

    public static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Still open somewhere (or already gone); the next start removes it.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
