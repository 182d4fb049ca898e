using HalloBot.Jobs.Indexing;
using HalloBot.Web.Infrastructure;

namespace HalloBot.Web.Features.CommandLine;

/// <summary>
/// <c>reindex</c>: rebuilds the search index from the database, showing progress. The site keeps answering
/// from the old index until the new one is complete.
/// </summary>
internal static class ReindexCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken = default)
    {
        if (services.MigratesOnStart())
        {
            await services.MigrateDatabaseAsync(cancellationToken);
        }

        await using var scope = services.CreateAsyncScope();
        var rebuilder = scope.ServiceProvider.GetRequiredService<SearchIndexRebuilder>();
        var started = TimeProvider.System.GetTimestamp();
        var count = await rebuilder.RebuildAsync(new ConsoleProgress(output), cancellationToken);
        var elapsed = TimeProvider.System.GetElapsedTime(started);
        await output.WriteLineAsync($"Reindexed {count} published listing(s) in {elapsed.TotalSeconds:0.0} s.");
        return 0;
    }

    /// <summary>A line per five per cent and one at the end: readable in a terminal and in a log file alike.</summary>
    private sealed class ConsoleProgress(TextWriter output) : IProgress<RebuildProgress>
    {
        private RebuildProgress? _shown;

        public void Report(RebuildProgress value)
        {
            var finished = value.Done == value.Total;
            if (_shown is { } shown && (shown == value || (!finished && value.Percent < shown.Percent + 5)))
            {
                return;
            }

            output.WriteLine(value.ToString());
            _shown = value;
        }
    }
}
