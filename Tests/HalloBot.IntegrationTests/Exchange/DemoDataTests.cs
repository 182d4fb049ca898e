using HalloBot.Domain.Persistence;
using HalloBot.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace HalloBot.IntegrationTests.Exchange;

public sealed class DemoDataTests : IDisposable
{
    private static readonly string[] BottropDistricts =
    [
        "Stadtmitte", "Batenbrock", "Boy", "Eigen", "Ebel", "Fuhlenbrock", "Lehmkuhle", "Vonderort", "Welheim",
        "Welheimer Mark", "Kirchhellen", "Grafenwald", "Feldhausen", "Overhagen",
    ];

    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task SeedDemoDataIfWantedAsync_EmptyDatabaseInDevelopment_WritesBottropBusinessesOnce()
    {
        await using var services = await ServicesAsync(Environments.Development);

        await services.SeedDemoDataIfWantedAsync();
        await services.SeedDemoDataIfWantedAsync();

        await using var db = await _folder.OpenDatabaseAsync();
        var listings = await db.Listings.Include(l => l.District).ToListAsync();
        Assert.InRange(listings.Count, 55, 70);
        Assert.Equal(listings.Count, listings.Select(l => l.ExternalId).Distinct().Count());
        Assert.Equal(BottropDistricts.Order(), (await db.Districts.Select(d => d.Name).ToListAsync()).Order());
        Assert.True(await db.Categories.CountAsync() >= 14);
        Assert.All(listings, l => Assert.Equal("Bottrop", l.Address.City));
        Assert.Contains(listings, l => l.OpeningHours is null);
        Assert.Contains(listings, l => l.OpeningHours?.Contains("PH off", StringComparison.Ordinal) == true);
        Assert.Contains(listings, l => l.OpeningHours?.Contains("\"nach Vereinbarung\"", StringComparison.Ordinal) == true);
        Assert.Contains(listings, l => l.Status == Domain.Listings.ListingStatus.Draft);
    }

    [Fact]
    public async Task SeedDemoDataIfWantedAsync_Production_WritesNothing()
    {
        await using var services = await ServicesAsync(Environments.Production);

        await services.SeedDemoDataIfWantedAsync();

        await using var db = await _folder.OpenDatabaseAsync();
        Assert.Equal(0, await db.Listings.CountAsync());
    }

    [Fact]
    public async Task SeedDemoDataIfWantedAsync_DatabaseWithACategory_WritesNothing()
    {
        await using var services = await ServicesAsync(Environments.Development);
        await using (var db = await _folder.OpenDatabaseAsync())
        {
            db.Categories.Add(new Domain.Categories.Category("Bäckerei"));
            await db.SaveChangesAsync();
        }

        await services.SeedDemoDataIfWantedAsync();

        await using var check = await _folder.OpenDatabaseAsync();
        Assert.Equal(0, await check.Listings.CountAsync());
    }

    /// <summary>What the seeding needs of the site's services, on the temp folder's migrated database.</summary>
    private async Task<ServiceProvider> ServicesAsync(string environment)
    {
        await (await _folder.OpenDatabaseAsync()).DisposeAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment });
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton(TimeProvider.System);
        services.AddDbContext<SqliteHalloBotDbContext>(o => o.UseSqlite($"Data Source={_folder.DatabaseFile}"));
        services.AddScoped<HalloBotDbContext>(sp => sp.GetRequiredService<SqliteHalloBotDbContext>());
        return services.BuildServiceProvider();
    }
}
