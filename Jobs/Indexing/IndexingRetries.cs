namespace HalloBot.Jobs.Indexing;

internal static class IndexingRetries
{
    /// <summary>
    /// Hangfire's own retries cover a short outage (its delays grow from about half a minute);
    /// a longer one is the outbox relay's, which hands pending rows over again with its own back-off.
    /// </summary>
    public const int Attempts = 3;
}
