namespace HalloBot.Jobs.Images;

/// <summary>
/// Media in a folder (a local one, or shared storage when several web instances run):
/// <c>originals/{key}</c> (private), <c>public/photos/{key}/{size}.{ext}</c> (served under the site's media URL),
/// and <c>tmp/</c>, where every file is written before a rename moves it into place. All three sit under one root
/// so that the renames stay on one file system, where they are atomic.
/// </summary>
public sealed class FileSystemMediaStore : IMediaStore
{
    public FileSystemMediaStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
        OriginalsFolder = Path.Combine(Root, "originals");
        PublicFolder = Path.Combine(Root, "public");
        TemporaryFolder = Path.Combine(Root, "tmp");
    }

    public string Root { get; }

    /// <summary>The folder to serve as static files; nothing private is below it.</summary>
    public string PublicFolder { get; }

    public string OriginalsFolder { get; }

    public string TemporaryFolder { get; }

    private string PhotosFolder => Path.Combine(PublicFolder, "photos");

    public async Task SaveOriginalAsync(string key, Stream content, CancellationToken cancellationToken = default)
    {
        MediaKey.EnsureValid(key);
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(OriginalsFolder);
        var temporary = NewTemporaryPath();
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, OriginalPath(key), overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    public Stream? OpenOriginal(string key)
    {
        MediaKey.EnsureValid(key);
        try
        {
            return new FileStream(OriginalPath(key), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    public void DeleteOriginal(string key)
    {
        MediaKey.EnsureValid(key);
        File.Delete(OriginalPath(key));
    }

    public async Task PublishVariantsAsync(string key, IReadOnlyCollection<ImageVariant> variants, CancellationToken cancellationToken = default)
    {
        MediaKey.EnsureValid(key);
        ArgumentNullException.ThrowIfNull(variants);
        var staging = NewTemporaryPath();
        Directory.CreateDirectory(staging);
        try
        {
            foreach (var variant in variants)
            {
                await using var file = new FileStream(Path.Combine(staging, variant.FileName), FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
                await file.WriteAsync(variant.Content, cancellationToken);
                file.Flush(flushToDisk: true);
            }

            Directory.CreateDirectory(PhotosFolder);
            MoveIntoPlace(staging, VariantFolder(key));
        }
        catch
        {
            DeleteFolder(staging);
            throw;
        }
    }

    public void DeleteVariants(string key)
    {
        MediaKey.EnsureValid(key);
        var folder = VariantFolder(key);
        if (!Directory.Exists(folder))
        {
            return;
        }

        // Renamed first, so that the photo disappears at once rather than file by file.
        var doomed = NewTemporaryPath();
        Directory.Move(folder, doomed);
        DeleteFolder(doomed);
    }

    public string VariantPath(string key, ImageVariantSize size, ImageVariantFormat format)
    {
        MediaKey.EnsureValid(key);
        return $"photos/{key}/{ImageVariant.FileNameOf(size, format)}";
    }

    /// <summary>Removes what a crash left in the temporary folder; anything younger than <paramref name="minimumAge"/> may still be in use.</summary>
    public void DeleteAbandonedTemporaryFiles(TimeSpan minimumAge)
    {
        if (!Directory.Exists(TemporaryFolder))
        {
            return;
        }

        var before = DateTime.UtcNow - minimumAge;
        foreach (var entry in new DirectoryInfo(TemporaryFolder).EnumerateFileSystemInfos())
        {
            if (entry.LastWriteTimeUtc < before)
            {
                if (entry is DirectoryInfo folder)
                {
                    folder.Delete(recursive: true);
                }
                else
                {
                    entry.Delete();
                }
            }
        }
    }

    /// <summary>
    /// A new photo's folder appears in one rename. A replaced one is swapped in two (old out, new in): a request
    /// in between gets a 404 for a moment, never a mix of old and new files.
    /// </summary>
    private void MoveIntoPlace(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            try
            {
                Directory.Move(staging, target);
                return;
            }
            catch (IOException) when (Directory.Exists(target))
            {
                // Another job published the same key meanwhile; replace its set below.
            }
        }

        var previous = NewTemporaryPath();
        Directory.Move(target, previous);
        Directory.Move(staging, target);
        DeleteFolder(previous);
    }

    private string OriginalPath(string key) => Path.Combine(OriginalsFolder, key);

    private string VariantFolder(string key) => Path.Combine(PhotosFolder, key);

    private string NewTemporaryPath()
    {
        Directory.CreateDirectory(TemporaryFolder);
        return Path.Combine(TemporaryFolder, Guid.NewGuid().ToString("N"));
    }

    private static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
