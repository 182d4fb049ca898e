using HalloBot.Jobs.Images;

namespace HalloBot.Jobs.Photos;

/// <summary>Daily: removes what a crash or a killed job left in the media store's temporary folder.</summary>
public sealed class MediaCleanupJob(FileSystemMediaStore store)
{
    /// <summary>Far longer than any upload or job takes, so nothing in use is touched.</summary>
    public static readonly TimeSpan MinimumAge = TimeSpan.FromDays(1);

    public Task ExecuteAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        store.DeleteAbandonedTemporaryFiles(MinimumAge);
        return Task.CompletedTask;
    }
}
