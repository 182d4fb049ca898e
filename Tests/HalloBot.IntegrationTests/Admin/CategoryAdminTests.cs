using HalloBot.Domain.Categories;
using HalloBot.Domain.Listings;
using HalloBot.IntegrationTests.Indexing;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.Search.Contract;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Admin;

public sealed class CategoryAdminTests(AdminApp app) : IClassFixture<AdminApp>
{
    [Fact]
    public async Task Create_NewName_ListedWithItsSlug()
    {
        var (client, _) = await app.StaffAsync();

        var response = await client.SubmitAsync("/verwaltung/kategorien", [new("name", "  Änderungsschneiderei  ")], "main form[method=post]");

        var page = await client.FollowAsync(response);
        Assert.Equal("„Änderungsschneiderei“ wurde angelegt.", page.Notice());
        Assert.Contains(page.QuerySelectorAll("tbody th a"), a => a.TextContent == "Änderungsschneiderei");
        Assert.Equal("aenderungsschneiderei", await app.QueryAsync(db => db.Categories.Where(c => c.Name == "Änderungsschneiderei").Select(c => c.Slug).SingleAsync()));
    }

    [Theory]
    [InlineData("", "Bitte einen Namen eingeben.")]
    [InlineData("   ", "Bitte einen Namen eingeben.")]
    [InlineData("?!", "Der Name muss mindestens einen Buchstaben oder eine Ziffer enthalten.")]
    [InlineData("Blumenladen Blumenladen Blumenladen Blumenladen Blumenladen Blumenladen Blumenlad", "Der Name ist 81 Zeichen lang; höchstens 80 sind erlaubt.")]
    [InlineData("metzgerei", "Den Namen „Metzgerei“ gibt es schon.")]
    [InlineData("Metzgerei!", "Der Name ergäbe dieselbe Adresse wie „Metzgerei“. Bitte einen anderen Namen wählen oder die beiden zusammenführen.")]
    public async Task Create_BadName_ExplainsInGermanAndWritesNothing(string name, string error)
    {
        await app.SeedAsync(async db =>
        {
            if (!await db.Categories.AnyAsync(c => c.Name == "Metzgerei"))
            {
                db.Add(new Category("Metzgerei"));
            }
        });
        var (client, _) = await app.StaffAsync();
        var before = await app.QueryAsync(db => db.Categories.CountAsync());

        var response = await client.SubmitAsync("/verwaltung/kategorien", [new("name", name)], "main form[method=post]");

        var page = await response.ParseAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"{(int)response.StatusCode} {response.Headers.Location}");
        Assert.Equal([error], page.Errors());
        Assert.Equal("true", page.QuerySelector("#neu-name")!.GetAttribute("aria-invalid"));
        Assert.Equal(string.IsNullOrWhiteSpace(name) ? null : name, page.QuerySelector("#neu-name")!.GetAttribute("value"));
        Assert.Equal(before, await app.QueryAsync(db => db.Categories.CountAsync()));
    }

    [Fact]
    public async Task Rename_ToNameOfAnother_RefusedAndBothKept()
    {
        var (ids, client) = await SeedTwoAsync("Optiker", "Hörakustik");

        var response = await client.SubmitAsync($"/verwaltung/kategorien/{ids.First}", [new("name", "HÖRAKUSTIK")], "form[action$=umbenennen]");

        Assert.Equal(["Den Namen „Hörakustik“ gibt es schon."], (await response.ParseAsync()).Errors());
        Assert.Equal(["Hörakustik", "Optiker"], await app.QueryAsync(db => db.Categories.Where(c => c.Id == ids.First || c.Id == ids.Second).Select(c => c.Name).OrderBy(n => n).ToListAsync()));
    }

    [Fact]
    public async Task Rename_OwnNameInOtherCase_Allowed()
    {
        var (ids, client) = await SeedTwoAsync("Schuhmacher", "Sattlerei");

        var response = await client.SubmitAsync($"/verwaltung/kategorien/{ids.First}", [new("name", "SCHUHMACHER")], "form[action$=umbenennen]");

        Assert.StartsWith("Umbenannt in „SCHUHMACHER“.", (await client.FollowAsync(response)).Notice());
    }

    [Fact]
    public async Task Delete_CategoryInUse_RefusedWithTheReason()
    {
        var (ids, client) = await SeedTwoAsync("Friseur", "Kosmetik");
        await app.SeedAsync(async db => db.Add(TestData.Listing("Salon Haarscharf", [await db.Categories.SingleAsync(c => c.Id == ids.First)])));

        var response = await client.SubmitAsync($"/verwaltung/kategorien/{ids.First}", [], "form[action$=loeschen]");

        Assert.Equal(
            ["Die Kategorie „Friseur“ kann nicht gelöscht werden, weil noch Einträge zu ihr gehören (1). Führen Sie sie zuerst mit einer anderen Kategorie zusammen."],
            (await response.ParseAsync()).Errors());
        Assert.True(await app.QueryAsync(db => db.Categories.AnyAsync(c => c.Id == ids.First)));
    }

    [Fact]
    public async Task Delete_UnusedCategory_Deleted()
    {
        var (ids, client) = await SeedTwoAsync("Reisebüro", "Fahrschule");

        var response = await client.SubmitAsync($"/verwaltung/kategorien/{ids.Second}", [], "form[action$=loeschen]");

        Assert.Equal("„Fahrschule“ wurde gelöscht.", (await client.FollowAsync(response)).Notice());
        Assert.False(await app.QueryAsync(db => db.Categories.AnyAsync(c => c.Id == ids.Second)));
    }

    [Fact]
    public async Task Merge_WithoutTargetOrIntoItself_RefusedAndNothingMoved()
    {
        var (ids, client) = await SeedTwoAsync("Kiosk", "Trinkhalle");

        var none = await client.SubmitAsync($"/verwaltung/kategorien/{ids.First}", [new("ziel", "")], "form[action$=zusammenfuehren]");
        var itself = await client.SubmitAsync($"/verwaltung/kategorien/{ids.First}", [new("ziel", ids.First.ToString(System.Globalization.CultureInfo.InvariantCulture))], "form[action$=zusammenfuehren]");

        Assert.Equal(["Bitte wählen, womit zusammengeführt werden soll."], (await none.ParseAsync()).Errors());
        Assert.Equal(["Bitte ein anderes Ziel wählen: mit sich selbst lässt sich nichts zusammenführen."], (await itself.ParseAsync()).Errors());
        Assert.Equal(2, await app.QueryAsync(db => db.Categories.CountAsync(c => c.Id == ids.First || c.Id == ids.Second)));
    }

    [Fact]
    public async Task RenameAndMerge_Categories_ListingsMovedInOrderAndSearchFollows()
    {
        await using var indexed = new IndexingApp();
        await indexed.SeedAsync(db =>
        {
            var konditorei = new Category("Konditorei");
            var cafe = new Category("Café");
            var eis = new Category("Eisdiele");
            db.AddRange(
                TestData.Listing("Tortenhaus", [konditorei, eis]),
                TestData.Listing("Eiscafé Venezia", [eis, konditorei, cafe]),
                TestData.Listing("Kaffeerösterei", [cafe, konditorei]),
                TestData.Listing("Milchbar", [eis]));
            return Task.CompletedTask;
        });
        await indexed.IndexAgreesWithDatabaseAsync();
        var staff = await indexed.CreateMemberAsync("amt@bottrop.de", staff: true);
        var client = await indexed.CreateClientSignedInAsAsync(staff);
        var ids = await indexed.QueryAsync(db => db.Categories.ToDictionaryAsync(c => c.Name, c => c.Id));

        var renamed = await client.SubmitAsync($"/verwaltung/kategorien/{ids["Café"]}", [new("name", "Kaffeehaus")], "form[action$=umbenennen]");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, renamed.StatusCode);
        var merged = await client.SubmitAsync(
            $"/verwaltung/kategorien/{ids["Konditorei"]}", [new("ziel", ids["Café"].ToString(System.Globalization.CultureInfo.InvariantCulture))], "form[action$=zusammenfuehren]");

        Assert.Equal("Zusammengeführt mit „Kaffeehaus“; verschobene Einträge: 3.", (await client.FollowAsync(merged)).Notice());
        Assert.Equal("kaffeehaus", await indexed.QueryAsync(db => db.Categories.Where(c => c.Id == ids["Café"]).Select(c => c.Slug).SingleAsync()));
        Assert.False(await indexed.QueryAsync(db => db.Categories.AnyAsync(c => c.Id == ids["Konditorei"])));
        var categories = await indexed.QueryAsync(db => db.Listings.Include(l => l.Categories).ThenInclude(c => c.Category).ToDictionaryAsync(
            l => l.Name, l => string.Join("|", l.OrderedCategories.Select(c => c.Name))));
        Assert.Equal("Kaffeehaus|Eisdiele", categories["Tortenhaus"]);
        Assert.Equal("Eisdiele|Kaffeehaus", categories["Eiscafé Venezia"]);
        Assert.Equal("Kaffeehaus", categories["Kaffeerösterei"]);
        Assert.Equal("Eisdiele", categories["Milchbar"]);

        await indexed.IndexAgreesWithDatabaseAsync();
        await Eventually.HoldsAsync(
            async () => (await indexed.FindAsync(new SearchQuery { Categories = ["kaffeehaus"] })).Order().SequenceEqual(["eiscafe-venezia", "kaffeeroesterei", "tortenhaus"]),
            "the renamed category finds every listing merged into it");
        Assert.Empty(await indexed.FindAsync(new SearchQuery { Categories = ["cafe"] }));
        Assert.Empty(await indexed.FindAsync(new SearchQuery { Categories = ["konditorei"] }));
        Assert.Contains("milchbar", await indexed.FindAsync(new SearchQuery { Categories = ["eisdiele"] }));
    }

    private async Task<((int First, int Second) Ids, HttpClient Client)> SeedTwoAsync(string first, string second)
    {
        var a = new Category(first);
        var b = new Category(second);
        await app.SeedAsync(db =>
        {
            db.AddRange(a, b);
            return Task.CompletedTask;
        });
        var (client, _) = await app.StaffAsync();
        return ((a.Id, b.Id), client);
    }
}
