using HalloBot.Domain.Categories;
using HalloBot.Domain.Districts;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.Search.Contract;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HalloBot.IntegrationTests.Indexing;

/// <summary>
/// The real site with its jobs running, on <paramref name="dataFolder"/> (or a fresh one), its search index
/// behind a <see cref="SwitchableSearchIndex"/> so that a test can take the index down.
/// </summary>
public sealed class IndexingApp(string? dataFolder = null) : HalloBotAppFactory
{
    public string Folder => dataFolder ?? DataDirectory;

    public SwitchableSearchIndex Index => Services.GetRequiredService<SwitchableSearchIndex>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (dataFolder is not null)
        {
            builder.UseSetting("HalloBot:DataDirectory", dataFolder);
        }

        builder.ConfigureTestServices(services =>
        {
            var real = services.LastOrDefault(d => d.ServiceType == typeof(ISearchIndex));
            services.RemoveAll<ISearchIndex>();
            services.AddSingleton(sp => new SwitchableSearchIndex(Resolve(sp, real)));
            services.AddSingleton<ISearchIndex>(sp => sp.GetRequiredService<SwitchableSearchIndex>());
        });
    }

    private static ISearchIndex Resolve(IServiceProvider services, ServiceDescriptor? real) => real switch
    {
        null => throw new InvalidOperationException("The site registers no search index."),
        { ImplementationInstance: ISearchIndex instance } => instance,
        { ImplementationFactory: { } factory } => (ISearchIndex)factory(services),
        { ImplementationType: { } type } => (ISearchIndex)ActivatorUtilities.CreateInstance(services, type),
        _ => throw new InvalidOperationException("The site registers its search index in a way these tests do not know."),
    };

    /// <summary>Seeds published listings "Laden 1" … in Bäckerei/Kirchhellen and Café/Stadtmitte alternately, plus one draft.</summary>
    public async Task SeedDirectoryAsync(int published)
    {
        await SeedAsync(db =>
        {
            var baeckerei = new Category("Bäckerei");
            var cafe = new Category("Café");
            var kirchhellen = new District("Kirchhellen");
            var stadtmitte = new District("Stadtmitte");
            db.AddRange(baeckerei, cafe, kirchhellen, stadtmitte);
            for (var i = 1; i <= published; i++)
            {
                db.Add(i % 2 == 1
                    ? TestData.Listing($"Laden {i}", [baeckerei, cafe], district: kirchhellen)
                    : TestData.Listing($"Laden {i}", [cafe], district: stadtmitte));
            }

            db.Add(TestData.Listing("Entwurf", [cafe], status: ListingStatus.Draft));
            return Task.CompletedTask;
        });
    }

    public Task<int> PublishedCountAsync() =>
        QueryAsync(db => db.Listings.CountAsync(l => l.Status == ListingStatus.Published));

    public Task<int> PendingOutboxRowsAsync() =>
        QueryAsync(db => db.OutboxMessages.CountAsync(m => m.ProcessedAt == null));

    public async Task<IReadOnlyList<string>> FindAsync(SearchQuery query) =>
        (await Index.SearchAsync(query with { PageSize = SearchQuery.MaxPageSize }, CancellationToken.None)).Hits.Select(h => h.Slug).ToList();

    /// <summary>Every document's slug: an empty query lists everything (at most a page of 100, enough for these tests).</summary>
    public Task<IReadOnlyList<string>> IndexedSlugsAsync() => FindAsync(new SearchQuery());

    /// <summary>Waits until the index holds exactly the published listings and no outbox row is pending.</summary>
    public Task IndexAgreesWithDatabaseAsync() => Eventually.HoldsAsync(async () =>
            await PendingOutboxRowsAsync() == 0
            && await Index.CountAsync(CancellationToken.None) == await PublishedCountAsync(),
        "the index holds exactly the published listings and the outbox is empty",
        DescribeAsync);

    private async Task<string> DescribeAsync()
    {
        var pending = await QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.ProcessedAt == null).Take(10).ToListAsync());
        var rows = pending.Select(m => $"{m.Kind} {m.EntityId} (handed over {m.HandedOverAt:O}, attempts {m.Attempts}, {m.LastError})");
        return $"index {await Index.CountAsync(CancellationToken.None)} documents, database {await PublishedCountAsync()} published; pending: [{string.Join("; ", rows)}]";
    }

    public async Task EditAsync(Func<HalloBotDbContext, Task> edit)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HalloBotDbContext>();
        await edit(db);
        await db.SaveChangesAsync();
    }

    /// <summary>Runs a job (or service) the way Hangfire would: resolved from a fresh scope.</summary>
    public async Task RunJobAsync<TJob>(Func<TJob, Task> run)
        where TJob : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }
}
