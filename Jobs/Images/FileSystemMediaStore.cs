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
        this.Root = Path.GetFullPath(root);
        this.OriginalsFolder = Path.Combine(this.Root, "originals");
        this.PublicFolder = Path.Combine(this.Root, "public");
        this.TemporaryFolder = Path.Combine(this.Root, "tmp");
    }

    public string Root { get; }

    /// <summary>The folder to serve as static files; nothing private is below it.</summary>
    public string PublicFolder { get; }

    public string OriginalsFolder { get; }

    public string TemporaryFolder { get; }

    private string PhotosFolder => Path.Combine(this.PublicFolder, "photos");

    public async Task SaveOriginalAsync(string key, Stream content, CancellationToken cancellationToken = default)
    {
        MediaKey.EnsureValid(key);
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(this.OriginalsFolder);
        var temporary = this.NewTemporaryPath();
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, this.OriginalPath(key), overwrite: true);
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
            return new FileStream(this.OriginalPath(key), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
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
        File.Delete(this.OriginalPath(key));
    }

    public async Task PublishVariantsAsync(string key, IReadOnlyCollection<ImageVariant> variants, CancellationToken cancellationToken = default)
    {
        MediaKey.EnsureValid(key);
        ArgumentNullException.ThrowIfNull(variants);
        var staging = this.NewTemporaryPath();
        Directory.CreateDirectory(staging);
        try
        {
            foreach (var variant in variants)
            {
                await using var file = new FileStream(Path.Combine(staging, variant.FileName), FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
                await file.WriteAsync(variant.Content, cancellationToken);
                file.Flush(flushToDisk: true);
            }

            Directory.CreateDirectory(this.PhotosFolder);
            this.MoveIntoPlace(staging, this.VariantFolder(key));
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
        var folder = this.VariantFolder(key);
        if (!Directory.Exists(folder))
        {
            return;
        }

        // Renamed first, so that the photo disappears at once rather than file by file.
        var doomed = this.NewTemporaryPath();
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
        if (!Directory.Exists(this.TemporaryFolder))
        {
            return;
        }

        var before = DateTime.UtcNow - minimumAge;
        foreach (var entry in new DirectoryInfo(this.TemporaryFolder).EnumerateFileSystemInfos())
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

        var previous = this.NewTemporaryPath();
        Directory.Move(target, previous);
        Directory.Move(staging, target);
        DeleteFolder(previous);
    }

    private string OriginalPath(string key) => Path.Combine(this.OriginalsFolder, key);

    private string VariantFolder(string key) => Path.Combine(this.PhotosFolder, key);

    private string NewTemporaryPath()
    {
        Directory.CreateDirectory(this.TemporaryFolder);
        return Path.Combine(this.TemporaryFolder, Guid.NewGuid().ToString("N"));
    }

    private static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
