using System.Net;
using System.Net.Http.Headers;
using System.Text;
using HalloBot.Domain.Exchange;
using HalloBot.Domain.Persistence;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.IntegrationTests.Admin;

public sealed class ExchangeAdminTests(ExchangeAdminTests.App app) : IClassFixture<ExchangeAdminTests.App>
{
    private const string Header = "external_id;name;categories;description;street;postal_code;city;district;latitude;longitude;phone;email;website;opening_hours;keywords;features;status";

    [Fact]
    public async Task Import_FileWithBadRows_WritesNothingAndListsEveryErrorWithRowAndColumn()
    {
        var (client, _) = await app.StaffAsync();
        var before = await app.QueryAsync(db => db.Listings.CountAsync());
        var csv = $"""
            {Header}
            imp-1;Blumen Brauckmann;Blumenladen;;Gladbecker Straße 4;46236;Bottrop;Stadtmitte;;;;;;Mo-Fr 09:00-18:00;;;published
            imp-2;Metzgerei Fehler;Metzgerei;;Osterfelder Straße 9;4623;Bottrop;;;;;;;Mo-Fr 25:00-18:00;;;published
            """;

        var response = await UploadAsync(client, "liste.csv", csv);

        var page = await response.ParseAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Import abgelehnt: 2 Fehler in liste.csv. Nichts wurde geschrieben.", page.Text("#bericht [role=status]"));
        var errors = page.QuerySelectorAll("#fehler tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal(["3", "postal_code", "„4623“ ist keine fünfstellige Postleitzahl"], errors[0]);
        Assert.Equal(["3", "opening_hours"], errors[1][..2]);
        Assert.StartsWith("„Mo-Fr 25:00-18:00“ wird ab Zeichen", errors[1][2]);
        Assert.Equal(before, await app.QueryAsync(db => db.Listings.CountAsync()));
        Assert.False(await app.QueryAsync(db => db.Categories.AnyAsync(c => c.Name == "Blumenladen")));
    }

    [Fact]
    public async Task Import_GoodFile_CreatesListingsAndReportsAsTheCommandLine()
    {
        var (client, _) = await app.StaffAsync();
        var csv = $"""
            {Header}
            gut-1;Schreibwaren Tinte;Schreibwaren;Hefte und Füller.;Hochstraße 20;46236;Bottrop;Stadtmitte;51.5236;6.9289;;;;Mo-Sa 09:00-18:00;Füller;;published
            gut-2;Tinte Lager;Schreibwaren;;Hochstraße 22;46236;Bottrop;;;;;;;;;;draft
            """;

        var response = await UploadAsync(client, "gut.csv", csv);

        var page = await response.ParseAsync();
        var expected = ExchangeMessages.Imported("gut.csv", new ListingImportReport { Created = 2 });
        Assert.Equal(expected, page.Text("#bericht [role=status]"));
        Assert.Equal("gut.csv importiert: 2 Zeilen; 2 neu, 0 geändert, 0 unverändert.", expected);
        Assert.Equal(["Schreibwaren Tinte", "Tinte Lager"], await app.QueryAsync(db => db.Listings.Where(l => l.ExternalId!.StartsWith("gut-")).OrderBy(l => l.ExternalId).Select(l => l.Name).ToListAsync()));
    }

    [Fact]
    public async Task Export_Staff_DownloadsWhatTheExportCommandWrites()
    {
        var (client, _) = await app.StaffAsync();
        await UploadAsync(client, "export.csv", $"{Header}\nexp-1;Uhrmacher Zeit;Uhrmacher;;Kirchhellener Straße 1;46244;Bottrop;Kirchhellen;;;;;;;;;published\n");

        var response = await client.GetAsync("/verwaltung/austausch/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("hallobot-eintraege-2026-06-01.csv", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var expected = new MemoryStream();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await new ListingExporter(scope.ServiceProvider.GetRequiredService<HalloBotDbContext>()).ExportAsync(expected);
        }

        var downloaded = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(expected.ToArray(), downloaded);
        Assert.Contains("exp-1;Uhrmacher Zeit;Uhrmacher;", Encoding.UTF8.GetString(downloaded));
    }

    [Fact]
    public async Task Import_NoFile_AsksForOne()
    {
        var (client, _) = await app.StaffAsync();

        var response = await UploadAsync(client, null, null);

        Assert.Equal(["Bitte eine CSV-Datei auswählen."], (await response.ParseAsync()).Errors());
    }

    [Fact]
    public async Task Import_FileOverTheLimit_RefusedWithSizesAndNothingWritten()
    {
        var (client, _) = await app.StaffAsync();
        var before = await app.QueryAsync(db => db.Listings.CountAsync());
        var csv = Header + "\n" + string.Concat(Enumerable.Range(1, 400).Select(i => $"gross-{i};Laden {i};Kiosk;;Weg {i};46236;Bottrop;;;;;;;;;;published\n"));

        var response = await UploadAsync(client, "gross.csv", csv);

        var size = Math.Ceiling(Encoding.UTF8.GetByteCount(csv) / 1024.0);
        Assert.InRange(size, 21, 64);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([$"Die Datei ist {size} KB groß; höchstens 20 KB sind erlaubt."], (await response.ParseAsync()).Errors());
        Assert.Equal(before, await app.QueryAsync(db => db.Listings.CountAsync()));
    }

    [Fact]
    public async Task Import_FarOverTheLimit_RefusedBeforeReadingWith413()
    {
        var (client, _) = await app.StaffAsync();
        var before = await app.QueryAsync(db => db.Listings.CountAsync());

        var response = await UploadAsync(client, "riesig.csv", Header + "\n" + new string('x', 2_000_000));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(["Die Datei ist 1,9 MB groß; höchstens 20 KB sind erlaubt."], (await response.ParseAsync()).Errors());
        Assert.Equal(before, await app.QueryAsync(db => db.Listings.CountAsync()));
    }

    [Fact]
    public async Task Import_TooManyInAWindow_Answers429()
    {
        var (client, _) = await app.StaffAsync();
        for (var i = 0; i < App.ImportsPerWindow; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await UploadAsync(client, "leer.csv", Header + "\n")).StatusCode);
        }

        var response = await UploadAsync(client, "leer.csv", Header + "\n");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(["Zu viele Importe in kurzer Zeit. Bitte in 10 Minuten erneut versuchen."], (await response.ParseAsync()).Errors());
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string? fileName, string? csv)
    {
        var form = new MultipartFormDataContent { { new StringContent(await client.AntiforgeryTokenAsync("/verwaltung/austausch")), "__RequestVerificationToken" } };
        if (fileName is not null)
        {
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv!));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(file, "datei", fileName);
        }

        return await client.PostAsync("/verwaltung/austausch/import", form);
    }

    /// <summary>A small upload limit (20 KB) and rate limit, so that the tests reach them with small files.</summary>
    public sealed class App() : AdminApp(quiet: false, new Dictionary<string, string?>
    {
        ["HalloBot:Admin:ImportMaxBytes"] = "20000",
        ["HalloBot:Admin:ImportsPerWindow"] = ImportsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture),
    })
    {
        public const int ImportsPerWindow = 3;
    }
}
