using HalloBot.Domain.Exchange;
using HalloBot.Domain.Outbox;
using HalloBot.IntegrationTests.Exchange;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.IntegrationTests.Indexing;

public sealed class ImportIndexingTests
{
    [Fact]
    public async Task Import_SampleFile_WritesOneOutboxRowPerListingAndIndexesThem()
    {
        await using var app = new IndexingApp();
        ListingImportReport report;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var importer = ActivatorUtilities.CreateInstance<ListingImporter>(scope.ServiceProvider);
            await using var csv = File.OpenRead(SharedFiles.SampleListingsCsv);
            report = await importer.ImportAsync(csv);
        }

        Assert.True(report.Succeeded);
        Assert.True(report.Created > 0);
        var rows = await app.QueryAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());
        var listingIds = await app.QueryAsync(db => db.Listings.Select(l => l.Id).ToListAsync());
        Assert.All(rows, r => Assert.Equal(OutboxMessageKind.IndexListing, r.Kind));
        Assert.Equal(listingIds.Order(), rows.Select(r => r.EntityId).Order());

        await app.IndexAgreesWithDatabaseAsync();
    }
}
