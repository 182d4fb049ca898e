using HalloBot.Domain.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace HalloBot.IntegrationTests.Infrastructure;

/// <summary>
/// The real site, in environment "Testing", on its own temporary data folder (a fresh SQLite file,
/// migrated on start as in production), with a clock the test sets. The folder is deleted on dispose.
/// Use it as an xunit class fixture, or derive from it and seed in <see cref="SeedAsync"/>.
/// </summary>
public class HalloBotAppFactory : WebApplicationFactory<Program>
{
    /// <summary>Monday 1 June 2026, 10:00 in Bottrop, unless a test moves it.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);

    public HalloBotAppFactory()
    {
        DataDirectory = Directory.CreateTempSubdirectory("hallobot-test-").FullName;
    }

    public string DataDirectory { get; }

    public FakeTimeProvider Clock { get; } = new(DefaultNow);

    /// <summary>Runs <paramref name="seed"/> on a fresh scope's context and saves what it added.</summary>
    public async Task SeedAsync(Func<HalloBotDbContext, Task> seed)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HalloBotDbContext>();
        await seed(db);
        await db.SaveChangesAsync();
    }

    /// <summary>Runs <paramref name="query"/> on a fresh scope's context.</summary>
    public async Task<T> QueryAsync<T>(Func<HalloBotDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<HalloBotDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("HalloBot:DataDirectory", DataDirectory);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        // Pooled SQLite connections keep the file open; without this the folder cannot be removed.
        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(DataDirectory))
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the run over it would not be.
        }
    }
}

public static class WebApplicationFactoryExtensions
{
    /// <summary>A client that reports redirects instead of following them.</summary>
    public static HttpClient CreateNonRedirectingClient(this WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
