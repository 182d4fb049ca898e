using System.ComponentModel;
using System.Diagnostics;

namespace HalloBot.Search.Lucene;

/// <summary>
/// The file "rebuilding" in the index root: a process (often <c>reindex</c>, beside the running site) is building the
/// generation it names. While it is there the site journals its writes, to apply them to the new generation when it
/// follows the pointer; and no one deletes the folder it names while its process lives. A marker whose process has
/// ended is a crash's leftover. (Lucene's write.lock cannot tell this: on Linux it does not keep a second process out.)
/// </summary>
internal sealed class RebuildMarker : IDisposable
{
    private const string FileName = "rebuilding";
    private static readonly TimeSpan StartTolerance = TimeSpan.FromSeconds(1);
    private readonly string _path;

    private RebuildMarker(string path) => _path = path;

    /// <summary>Marks the root as being rebuilt into <paramref name="generation"/> by this process.</summary>
    /// <exception cref="InvalidOperationException">Another live process is rebuilding the index.</exception>
    public static RebuildMarker Claim(string root, string generation)
    {
        if (LiveGeneration(root) is { } other)
        {
            throw new InvalidOperationException($"Another process is rebuilding the search index (into {other}); wait until it has finished.");
        }

        var path = Path.Combine(root, FileName);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        using (var self = Process.GetCurrentProcess())
        {
            File.WriteAllText(temporary, $"{generation}\n{self.Id}\n{StartTicks(self)}\n");
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException)
        {
            File.Delete(temporary);
            throw new InvalidOperationException("Another process has just started rebuilding the search index; wait until it has finished.");
        }

        return new RebuildMarker(path);
    }

    /// <summary>Cheap enough for every write: whether any marker is there, live or not.</summary>
    public static bool IsPresent(string root) => File.Exists(Path.Combine(root, FileName));

    /// <summary>The generation a live process is building, or null; removes the marker of a process that has ended.</summary>
    public static string? LiveGeneration(string root)
    {
        var path = Path.Combine(root, FileName);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (FileNotFoundException)
        {
            return null;
        }

        if (lines.Length >= 3 && int.TryParse(lines[1], out var processId) && long.TryParse(lines[2], out var startTicks)
            && IsRunning(processId, startTicks))
        {
            return lines[0];
        }

        // Gone meanwhile, or replaced by a new claim since it was read: only the crashed one's marker is removed.
        if (File.Exists(path) && File.ReadAllLines(path).SequenceEqual(lines))
        {
            File.Delete(path);
        }

        return null;
    }

    public void Dispose() => File.Delete(_path);

    /// <summary>The start time tells a process from a later one that was given the same id.</summary>
    private static bool IsRunning(int processId, long startTicks)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited && SameStart(StartTicks(process), startTicks);
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
        catch (Win32Exception)
        {
            // Not allowed to look: it runs, under another user.
            return true;
        }
    }

    private static long StartTicks(Process process) => process.StartTime.ToUniversalTime().Ticks;

    /// <summary>
    /// Whether two readings of a start time, taken by different processes, name the same start. On Linux each .NET
    /// process derives start times from a boot time it computes once for itself, so two processes read the same start
    /// a few milliseconds apart; a later process given the same id starts far later than that.
    /// </summary>
    internal static bool SameStart(long readByWriter, long readByReader) =>
        Math.Abs(readByWriter - readByReader) <= StartTolerance.Ticks;

}
