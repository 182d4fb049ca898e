using HalloBot.Domain.Categories;
using HalloBot.Domain.Districts;
using HalloBot.IntegrationTests.Indexing;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.Search.Contract;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Admin;

public sealed class DistrictAdminTests
{
    [Fact]
    public async Task RenameMergeDelete_Districts_ListingsMovedUnusedDeletedAndSearchFollows()
    {
        await using var app = new IndexingApp();
        await app.SeedAsync(db =>
        {
            var shop = new Category("Kiosk");
            var eigen = new District("Eigen");
            var boy = new District("Boy");
            db.AddRange(new District("Fuhlenbrock"),
                TestData.Listing("Kiosk am Markt", [shop], district: eigen),
                TestData.Listing("Trinkhalle Boy", [shop], district: boy));
            return Task.CompletedTask;
        });
        await app.IndexAgreesWithDatabaseAsync();
        var client = await app.CreateClientSignedInAsAsync(await app.CreateMemberAsync("amt@bottrop.de", staff: true));
        var ids = await app.QueryAsync(db => db.Districts.ToDictionaryAsync(d => d.Name, d => d.Id));

        var inUse = await client.SubmitAsync($"/verwaltung/stadtteile/{ids["Boy"]}", [], "form[action$=loeschen]");
        Assert.Equal(
            ["Der Stadtteil „Boy“ kann nicht gelöscht werden, weil noch Einträge in ihm liegen (1). Führen Sie ihn zuerst mit einem anderen Stadtteil zusammen."],
            (await inUse.ParseAsync()).Errors());
        var renamed = await client.SubmitAsync($"/verwaltung/stadtteile/{ids["Eigen"]}", [new("name", "Eigen-Grafenwald")], "form[action$=umbenennen]");
        Assert.StartsWith("Umbenannt in „Eigen-Grafenwald“.", (await client.FollowAsync(renamed)).Notice());
        var merged = await client.SubmitAsync($"/verwaltung/stadtteile/{ids["Boy"]}", [new("ziel", ids["Eigen"].ToString(System.Globalization.CultureInfo.InvariantCulture))], "form[action$=zusammenfuehren]");
        Assert.Equal("Zusammengeführt mit „Eigen-Grafenwald“; verschobene Einträge: 1.", (await client.FollowAsync(merged)).Notice());
        var deleted = await client.SubmitAsync($"/verwaltung/stadtteile/{ids["Fuhlenbrock"]}", [], "form[action$=loeschen]");
        Assert.Equal("„Fuhlenbrock“ wurde gelöscht.", (await client.FollowAsync(deleted)).Notice());

        Assert.Equal(["Eigen-Grafenwald"], await app.QueryAsync(db => db.Districts.Select(d => d.Name).ToListAsync()));
        Assert.Equal(2, await app.QueryAsync(db => db.Listings.CountAsync(l => l.DistrictId == ids["Eigen"])));
        await app.IndexAgreesWithDatabaseAsync();
        await Eventually.HoldsAsync(
            async () => (await app.FindAsync(new SearchQuery { Districts = ["eigen-grafenwald"] })).Order().SequenceEqual(["kiosk-am-markt", "trinkhalle-boy"]),
            "both listings are found in the renamed district");
        Assert.Empty(await app.FindAsync(new SearchQuery { Districts = ["boy"] }));
    }
}
