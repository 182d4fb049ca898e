using HalloBot.Domain.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.Benchmarks.Harness;

/// <summary>
/// The whole site exactly as Program builds it (environment Production), on a data folder that the real command
/// line has already filled (<c>import</c>, then <c>reindex</c>), answering through an in-memory server: what is
/// measured is routing, binding, validation, the index, the database and JSON, without sockets. The folder is
/// left as it was found.
/// </summary>
public sealed class InProcessSite(string dataDirectory, int? resultCacheSize = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("HalloBot:DataDirectory", dataDirectory);
        if (resultCacheSize is { } size)
        {
            builder.UseSetting(HalloBot.Search.SearchExtensions.ResultCacheSizeKey, size.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// Waits until no outbox row is pending. An import leaves one row per listing, which the relay indexes at the
    /// site's first start; measuring during that would measure the indexing too.
    /// </summary>
    public async Task WaitForIndexingAsync(TextWriter output, TimeSpan limit)
    {
        var started = TimeProvider.System.GetTimestamp();
        var lastReport = TimeSpan.Zero;
        while (true)
        {
            var pending = await PendingOutboxRowsAsync();
            var elapsed = TimeProvider.System.GetElapsedTime(started);
            if (pending == 0)
            {
                if (elapsed > TimeSpan.FromSeconds(1))
                {
                    await output.WriteLineAsync($"outbox drained after {elapsed.TotalSeconds:0} s");
                }

                return;
            }

            if (elapsed > limit)
            {
                throw new TimeoutException($"{pending} outbox row(s) still pending after {limit.TotalSeconds:0} s.");
            }

            if (elapsed - lastReport >= TimeSpan.FromSeconds(10))
            {
                await output.WriteLineAsync($"waiting for the outbox: {pending} row(s) pending");
                lastReport = elapsed;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    private async Task<int> PendingOutboxRowsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HalloBotDbContext>();

        // Raw SQL so that the harness also runs on a database from before the outbox existed.
        var tables = await db.Database
            .SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'OutboxMessages'")
            .SingleAsync();
        return tables == 0
            ? 0
            : await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM OutboxMessages WHERE ProcessedAt IS NULL").SingleAsync();
    }
}
