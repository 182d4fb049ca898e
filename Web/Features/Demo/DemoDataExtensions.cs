using HalloBot.Domain.Exchange;
using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.Web.Features.Demo;

internal static class DemoDataExtensions
{
    /// <summary>The demo listings, in the exchange format, so that seeding goes through the real importer.</summary>
    public const string ResourceName = "HalloBot.Web.Features.Demo.demo-listings.csv";

    /// <summary>
    /// On the first start of an empty database in Development, writes plausible Bottrop businesses.
    /// <c>HalloBot:DemoData=false</c> turns it off, e.g. for a developer who wants an empty site.
    /// </summary>
    public static async Task SeedDemoDataIfWantedAsync(this IServiceProvider services)
    {
        if (!services.GetRequiredService<IHostEnvironment>().IsDevelopment()
            || !services.GetRequiredService<IConfiguration>().GetValue("HalloBot:DemoData", true))
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HalloBotDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<DemoData>>();
        if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            logger.LogWarning("Demo data not written: the database is not migrated (run `migrate`).");
            return;
        }

        if (await db.Listings.AnyAsync() || await db.Categories.AnyAsync() || await db.Districts.AnyAsync())
        {
            return;
        }

        await using var csv = OpenDemoListings();
        var report = await ActivatorUtilities.CreateInstance<ListingImporter>(scope.ServiceProvider).ImportAsync(csv);
        if (report.Succeeded)
        {
            logger.LogInformation("Demo data written: {Count} Bottrop businesses.", report.Created);
        }
        else
        {
            logger.LogError("Demo data not written:\n{Errors}", string.Join("\n", report.Errors));
        }
    }

    public static Stream OpenDemoListings() =>
        typeof(DemoDataExtensions).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");

    /// <summary>The logger category of the demo data.</summary>
    private sealed class DemoData;
}
