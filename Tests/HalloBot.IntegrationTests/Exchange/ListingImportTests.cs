using System.Text;
using HalloBot.Domain.Exchange;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace HalloBot.IntegrationTests.Exchange;

public sealed class ListingImportTests : IDisposable
{
    private const string Header = "external_id;name;categories;description;street;postal_code;city;district;latitude;longitude;phone;email;website;opening_hours;keywords;features;status";

    private readonly TempDataFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ImportAsync_SampleFileExportedAndImportedAgain_CreatesNothingAndChangesNothing()
    {
        await using var db = await _folder.OpenDatabaseAsync();
        var sampleRows = File.ReadLines(SharedFiles.SampleListingsCsv).Count(l => l.Length > 0) - 1;

        var first = await ImportFileAsync(db, SharedFiles.SampleListingsCsv);
        Assert.True(first.Succeeded, string.Join("\n", first.Errors));
        Assert.Equal((sampleRows, 0, 0), (first.Created, first.Updated, first.Unchanged));
        var afterFirst = await SnapshotAsync(db);

        var export = new MemoryStream();
        var exported = await new ListingExporter(db).ExportAsync(export);
        Assert.Equal(sampleRows, exported);
        Assert.Equal(Encoding.UTF8.GetPreamble(), export.ToArray()[..3]);

        _time.Advance(TimeSpan.FromDays(1));
        var again = await new ListingImporter(db, _time).ImportAsync(new MemoryStream(export.ToArray()));
        Assert.True(again.Succeeded, string.Join("\n", again.Errors));
        Assert.Equal((0, 0, sampleRows), (again.Created, again.Updated, again.Unchanged));

        var original = await ImportFileAsync(db, SharedFiles.SampleListingsCsv);
        Assert.Equal((0, 0, sampleRows), (original.Created, original.Updated, original.Unchanged));
        Assert.Equal(afterFirst, await SnapshotAsync(db));
    }

    [Fact]
    public async Task ImportAsync_SampleFile_StoresEveryFieldOfTheRow()
    {
        await using var db = await _folder.OpenDatabaseAsync();
        await ImportFileAsync(db, SharedFiles.SampleListingsCsv);

        var listing = await db.Listings.Include(l => l.District).Include(l => l.Categories).ThenInclude(c => c.Category)
            .SingleAsync(l => l.ExternalId == "gen-1");
        Assert.Equal("Wagners Buchhandlung", listing.Name);
        Assert.Equal("wagners-buchhandlung", listing.Slug);
        Assert.Equal(["Buchhandlung"], listing.OrderedCategories.Select(c => c.Name));
        Assert.Equal(new PostalAddress("Im Johannestal 31", "46244", "Bottrop"), listing.Address);
        Assert.Equal("Welheim", listing.District!.Name);
        Assert.Equal(new GeoPoint(51.51494, 6.97859), listing.Location);
        Assert.Equal("Tu-Su 11:30-14:30,17:30-22:00; PH off", listing.OpeningHours);
        Assert.Equal(["Bücher", "Schreibwaren"], listing.Keywords);
        Assert.Equal(ListingStatus.Published, listing.Status);
        Assert.Equal(_time.GetUtcNow().UtcDateTime, listing.CreatedAt);
        Assert.Equal(await db.Listings.CountAsync(), await db.Listings.Select(l => l.Slug).Distinct().CountAsync());
    }

    [Fact]
    public async Task ImportAsync_BrokenRows_ListsEveryErrorAndWritesNothing()
    {
        await using var db = await _folder.OpenDatabaseAsync();
        await ImportFileAsync(db, SharedFiles.SampleListingsCsv);
        var before = await SnapshotAsync(db);
        var csv = string.Join("\r\n",
            Header,
            "new-1;Kiosk Neu;Kiosk;;Hauptstraße 1;46236;Bottrop;Eigen;;;;;;;;;",
            "gen-0;Blumen Umbenannt;Blumen;;Gladbecker Straße 130;4623;Bottrop;Batenbrock;51.5229;6.95241;;;;;;;",
            "new-2;Rad Neu;Fahrradladen;\"Zwei\nZeilen\";Hauptstraße 2;46236;Bottrop;Neuer Stadtteil;;;;;;;;wifi|parking;",
            "new-3;Bar Neu;Bar;;Hauptstraße 3;46236;Bottrop;;;;;;;Mo-Fr sunrise-sunset;;;",
            "new-4;Café Neu;Café;;Hauptstraße 4;46236;Bottrop;;51.52;;;;;;;;published");

        var report = await ImportAsync(db, csv);

        Assert.False(report.Succeeded);
        Assert.Equal(
            [(3, "postal_code"), (4, "features"), (5, "opening_hours"), (6, "longitude")],
            report.Errors.Select(e => (e.Row, e.Column!)));
        Assert.Equal("row 3, column postal_code: „4623“ ist keine fünfstellige Postleitzahl", report.Errors[0].ToString());
        Assert.Equal(before, await SnapshotAsync(db));
    }

    [Fact]
    public async Task ImportAsync_RenamedByExternalId_UpdatesAndKeepsTheOldSlugAsRedirect()
    {
        await using var db = await _folder.OpenDatabaseAsync();
        await ImportAsync(db, $"{Header}\nb-1;Bäckerei Sonnenschein;Bäckerei;;Hansastraße 12;46236;Bottrop;Stadtmitte;;;;;;;;;");
        _time.Advance(TimeSpan.FromHours(2));

        var report = await ImportAsync(db, $"{Header}\nb-1;Bäckerei Morgenrot;Bäckerei;;Hansastraße 12;46236;Bottrop;Stadtmitte;;;;;;;;;");

        Assert.Equal((0, 1, 0), (report.Created, report.Updated, report.Unchanged));
        var listing = await db.Listings.Include(l => l.FormerSlugs).SingleAsync();
        Assert.Equal("Bäckerei Morgenrot", listing.Name);
        Assert.Equal("baeckerei-morgenrot", listing.Slug);
        Assert.Equal(["baeckerei-sonnenschein"], listing.FormerSlugs.Select(r => r.Slug));
        Assert.Equal(_time.GetUtcNow().UtcDateTime, listing.UpdatedAt);
        Assert.True(listing.CreatedAt < listing.UpdatedAt);
    }

    [Fact]
    public async Task ImportAsync_NameOfAnotherListingsFormerSlug_TakesTheNextCandidate()
    {
        await using var db = await _folder.OpenDatabaseAsync();
        await ImportAsync(db, $"{Header}\na;Kiosk Eck;Kiosk;;Hauptstraße 1;46236;Bottrop;Eigen;;;;;;;;;");
        await ImportAsync(db, $"{Header}\na;Kiosk Ecke;Kiosk;;Hauptstraße 1;46236;Bottrop;Eigen;;;;;;;;;");

        await ImportAsync(db, $"{Header}\nb;Kiosk Eck;Kiosk;;Hauptstraße 9;46236;Bottrop;Boy;;;;;;;;;");

        Assert.Equal("kiosk-eck-boy", await db.Listings.Where(l => l.ExternalId == "b").Select(l => l.Slug).SingleAsync());
    }

    [Fact]
    public async Task ImportAsync_RowsWithoutExternalId_AlwaysCreate()
    {
        await using var db = await _folder.OpenDatabaseAsync();
        var csv = $"{Header}\n;Friseursalon Schnitt;Friseur;;Hochstraße 3;46236;Bottrop;Boy;;;;;;;;;";

        await ImportAsync(db, csv);
        var second = await ImportAsync(db, csv);

        Assert.Equal(1, second.Created);
        Assert.Equal(["friseursalon-schnitt", "friseursalon-schnitt-boy"], await db.Listings.OrderBy(l => l.Id).Select(l => l.Slug).ToListAsync());
    }

    [Fact]
    public async Task ImportAsync_RowsWithoutExternalIdExportedAndImportedAgain_CreatesNothingAndChangesNothing()
    {
        await using var db = await _folder.OpenDatabaseAsync();
        var first = await ImportAsync(db, string.Join("\n",
            Header,
            ";Friseursalon Schnitt;Friseur;;Hochstraße 3;46236;Bottrop;Boy;;;;;;;;;",
            "k-1;Kiosk Eck;Kiosk;;Hauptstraße 1;46236;Bottrop;Eigen;;;;;;;;;",
            ";Blumen Bunt;Blumen;Sträuße;Gladbecker Straße 130;46236;Bottrop;Batenbrock;51.5229;6.95241;;;;;;;draft"));
        Assert.Equal(3, first.Created);
        var before = await SnapshotAsync(db);
        var ids = await db.Listings.OrderBy(l => l.Id).Select(l => l.Id).ToListAsync();

        var export = await ExportAsync(db);
        _time.Advance(TimeSpan.FromDays(1));
        var again = await ImportAsync(db, export);

        Assert.Equal(
            [ReservedExternalId.For(ids[0]), "k-1", ReservedExternalId.For(ids[2])],
            export.Split("\r\n").Skip(1).SkipLast(1).Select(line => line.Split(';')[0]));
        Assert.True(again.Succeeded, string.Join("\n", again.Errors));
        Assert.Equal((0, 0, 3), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(before, await SnapshotAsync(db));
    }

    [Fact]
    public async Task ImportAsync_ReservedIdOfListingWithoutExternalId_UpdatesThatListingAndKeepsItWithoutExternalId()
    {
        await using var db = await _folder.OpenDatabaseAsync();
        await ImportAsync(db, $"{Header}\n;Friseursalon Schnitt;Friseur;;Hochstraße 3;46236;Bottrop;Boy;;;;;;;;;");
        var id = await db.Listings.Select(l => l.Id).SingleAsync();

        var report = await ImportAsync(db, (await ExportAsync(db)).Replace("Friseursalon Schnitt", "Friseursalon Locke"));

        Assert.Equal((0, 1, 0), (report.Created, report.Updated, report.Unchanged));
        var listing = await db.Listings.SingleAsync();
        Assert.Equal((id, "Friseursalon Locke", null), (listing.Id, listing.Name, listing.ExternalId));
    }

    [Fact]
    public async Task ImportAsync_ReservedIdOfNoListing_IsAnErrorInTheExternalIdColumnAndWritesNothing()
    {
        await using var db = await _folder.OpenDatabaseAsync();
        await ImportAsync(db, $"{Header}\nk-1;Kiosk Eck;Kiosk;;Hauptstraße 1;46236;Bottrop;Eigen;;;;;;;;;");
        var before = await SnapshotAsync(db);

        var report = await ImportAsync(db, string.Join("\n",
            Header,
            ";Neu;Neue Kategorie;;Hauptstraße 2;46236;Bottrop;;;;;;;;;;",
            "hallobot:999;Weg;Kiosk;;Hauptstraße 3;46236;Bottrop;;;;;;;;;;"));

        var error = Assert.Single(report.Errors);
        Assert.Equal((3, "external_id"), (error.Row, error.Column));
        Assert.Contains("hallobot:999", error.Text);
        Assert.Equal(before, await SnapshotAsync(db));
    }

    [Fact]
    public async Task ImportAsync_ReservedIdOfListingWithItsOwnExternalId_IsAnErrorNamingThatId()
    {
        await using var db = await _folder.OpenDatabaseAsync();
        await ImportAsync(db, $"{Header}\nk-1;Kiosk Eck;Kiosk;;Hauptstraße 1;46236;Bottrop;Eigen;;;;;;;;;");
        var id = await db.Listings.Select(l => l.Id).SingleAsync();

        var report = await ImportAsync(db, $"{Header}\nhallobot:{id};Kiosk Ecke;Kiosk;;Hauptstraße 1;46236;Bottrop;Eigen;;;;;;;;;");

        var error = Assert.Single(report.Errors);
        Assert.Equal((2, "external_id"), (error.Row, error.Column));
        Assert.Contains("„k-1“", error.Text);
        Assert.Equal("Kiosk Eck", await db.Listings.Select(l => l.Name).SingleAsync());
    }

    [Fact]
    public async Task ExportAsync_TextThatStartsLikeAFormula_GoesOutDefusedAndComesBackExact()
    {
        await using var db = await _folder.OpenDatabaseAsync();
        await ImportAsync(db, string.Join("\n",
            Header,
            "=1+1;\"=HYPERLINK(\"\"http://evil\"\")\";@Kiosk|Café;-- Angebot --;+Hauptstraße 1;46236;Bottrop;=Eigen;-51.5;-6.9;+49 2041 12345;;;;-rabatt|Kaffee;;",
            "k-2;Kiosk Zwei;Kiosk;;Hauptstraße 2;46236;Bottrop;;51.5;6.9;+49 2041/12345;;;;;;"));
        var before = await SnapshotAsync(db);
        Assert.Equal("=HYPERLINK(\"http://evil\")", await db.Listings.Where(l => l.ExternalId == "=1+1").Select(l => l.Name).SingleAsync());

        var export = await ExportAsync(db);
        var again = await ImportAsync(db, export);

        var lines = export.Split("\r\n");
        Assert.Equal(
            "'=1+1;\"'=HYPERLINK(\"\"http://evil\"\")\";'@Kiosk|Café;'-- Angebot --;'+Hauptstraße 1;46236;Bottrop;'=Eigen;-51.5;-6.9;+49 2041 12345;;;;'-rabatt|Kaffee;;published",
            lines[1]);
        Assert.Contains(";'+49 2041/12345;", lines[2]);
        Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(before, await SnapshotAsync(db));
    }

    [Fact]
    public async Task ImportAsync_ChangedFieldsAndCategoryOrder_AreUpdated()
    {
        await using var db = await _folder.OpenDatabaseAsync();
        await ImportAsync(db, $"{Header}\nx;Café Eck;Café|Bäckerei;;Hochstraße 3;46236;Bottrop;Boy;;;02041 1;;;;;parking;published");

        var report = await ImportAsync(db, $"{Header}\nx;Café Eck;bäckerei|CAFÉ|Konditorei;Neu.;Hochstraße 3;46236;Bottrop;boy;51,5;6,9;02041 2;;;Mo-Fr 08:00-18:00;Kuchen;;draft");

        Assert.Equal(1, report.Updated);
        var listing = await db.Listings.Include(l => l.District).Include(l => l.Categories).ThenInclude(c => c.Category).SingleAsync();
        Assert.Equal(["Bäckerei", "Café", "Konditorei"], listing.OrderedCategories.Select(c => c.Name));
        Assert.Equal(3, await db.Categories.CountAsync());
        Assert.Equal("Boy", listing.District!.Name);
        Assert.Equal(new GeoPoint(51.5, 6.9), listing.Location);
        Assert.Equal("02041 2", listing.Phone);
        Assert.Equal(ListingFeatures.None, listing.Features);
        Assert.Equal(ListingStatus.Draft, listing.Status);
        Assert.Equal("cafe-eck", listing.Slug);
    }

    [Fact]
    public async Task ExportAsync_ListingInReview_GoesOutAsDraftAndComesBackUnchanged()
    {
        await using var db = await _folder.OpenDatabaseAsync();
        await ImportAsync(db, $"{Header}\nr;Optik Klar;Optiker;\"Brillen; \"\"Kontaktlinsen\"\"\nund mehr\";Hochstraße 3;46236;Bottrop;;;;;;;;;;");
        await db.Listings.ExecuteUpdateAsync(s => s.SetProperty(l => l.Status, ListingStatus.InReview));

        var export = new MemoryStream();
        await new ListingExporter(db).ExportAsync(export);
        var text = Encoding.UTF8.GetString(export.ToArray());
        var report = await new ListingImporter(db, _time).ImportAsync(new MemoryStream(export.ToArray()));

        Assert.EndsWith(";draft\r\n", text);
        Assert.Contains("\"Brillen; \"\"Kontaktlinsen\"\"\nund mehr\"", text);
        Assert.Equal(1, report.Unchanged);
        Assert.Equal(ListingStatus.InReview, await db.Listings.Select(l => l.Status).SingleAsync());
    }

    [Fact]
    public async Task ImportAsync_MoreRowsThanOneBatch_WritesAllInOneGo()
    {
        await using var db = await _folder.OpenDatabaseAsync();
        var rows = Enumerable.Range(1, ListingImporter.BatchSize + 10)
            .Select(i => $"k-{i};Kiosk {i};Kiosk;;Hauptstraße {i};46236;Bottrop;Eigen;;;;;;;;;");
        var csv = $"{Header}\n{string.Join("\n", rows)}";

        var first = await ImportAsync(db, csv);
        var second = await ImportAsync(db, csv.Replace("Kiosk 5;", "Kiosk Fünf;"));

        Assert.Equal(ListingImporter.BatchSize + 10, first.Created);
        Assert.Equal((0, 1, ListingImporter.BatchSize + 9), (second.Created, second.Updated, second.Unchanged));
        Assert.Equal(ListingImporter.BatchSize + 10, await db.Listings.CountAsync());
        Assert.Equal(1, await db.Categories.CountAsync());
    }

    private static async Task<string> ExportAsync(HalloBotDbContext db)
    {
        var export = new MemoryStream();
        await new ListingExporter(db).ExportAsync(export);
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(export.ToArray()).TrimStart('\uFEFF');
    }

    private Task<ListingImportReport> ImportAsync(HalloBotDbContext db, string csv) =>
        new ListingImporter(db, _time).ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

    private async Task<ListingImportReport> ImportFileAsync(HalloBotDbContext db, string path)
    {
        await using var stream = File.OpenRead(path);
        return await new ListingImporter(db, _time).ImportAsync(stream);
    }

    /// <summary>Every stored field of every listing, category, district and redirect, for before/after comparisons.</summary>
    private static async Task<List<string>> SnapshotAsync(HalloBotDbContext db)
    {
        db.ChangeTracker.Clear();
        var listings = await db.Listings.AsNoTracking()
            .Include(l => l.Categories).Include(l => l.FormerSlugs)
            .OrderBy(l => l.Id).ToListAsync();
        var snapshot = listings.Select(l => string.Join("|",
            l.Id, l.ExternalId, l.Name, l.Slug, l.Description, l.Address, l.DistrictId, l.Location, l.Phone, l.Email,
            l.Website, l.OpeningHours, string.Join(",", l.Keywords), l.Features, l.Status, l.CreatedAt.Ticks, l.UpdatedAt.Ticks,
            string.Join(",", l.Categories.OrderBy(c => c.Position).Select(c => c.CategoryId)),
            string.Join(",", l.FormerSlugs.Select(r => r.Slug)))).ToList();
        snapshot.AddRange(await db.Categories.OrderBy(c => c.Id).Select(c => $"category {c.Id} {c.Name} {c.Slug}").ToListAsync());
        snapshot.AddRange(await db.Districts.OrderBy(d => d.Id).Select(d => $"district {d.Id} {d.Name} {d.Slug}").ToListAsync());
        snapshot.Add($"redirects {await db.SlugRedirects.CountAsync()}");
        return snapshot;
    }
}
