using HalloBot.Jobs.Images;

namespace HalloBot.UnitTests.Images;

/// <summary>A <see cref="FileSystemMediaStore"/> in a temporary folder, deleted afterwards.</summary>
internal sealed class MediaFolder : IDisposable
{
    public MediaFolder()
    {
        Path = Directory.CreateTempSubdirectory("hallobot-media-").FullName;
        Store = new FileSystemMediaStore(Path);
    }

    public string Path { get; }

    public FileSystemMediaStore Store { get; }

    /// <summary>Every file below the root, as paths relative to it with '/'.</summary>
    public IReadOnlyList<string> Files() =>
        Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories)
            .Select(file => System.IO.Path.GetRelativePath(Path, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
