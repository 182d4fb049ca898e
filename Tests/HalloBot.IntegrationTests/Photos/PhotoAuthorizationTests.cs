using System.Net;
using HalloBot.Domain.Media;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Photos;

/// <summary>Every photo endpoint of listing A: a member of B gets 404 and changes nothing, anonymous visitors the sign-in page, staff get through.</summary>
public sealed class PhotoAuthorizationTests(PhotoApp app) : IClassFixture<PhotoApp>
{
    public static TheoryData<string> Reads => ["", "/status", "/liste"];

    public static TheoryData<string> Actions => ["nach-vorn", "nach-hinten", "titelbild", "loeschen"];

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Read_MemberOfOtherBusiness_NotFound(string suffix)
    {
        using var client = await app.CreateClientSignedInAsAsync(app.MemberB);

        var response = await client.GetAsync(PhotoApp.PageUrl(app.ListingA) + suffix);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Read_Anonymous_RedirectsToSignIn(string suffix)
    {
        using var client = app.CreateCookieClient();

        var response = await client.GetAsync(PhotoApp.PageUrl(app.ListingA) + suffix);

        AssertSignIn(response);
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Read_Staff_Succeeds(string suffix)
    {
        using var client = await app.CreateClientSignedInAsAsync(app.Staff);

        var response = await client.GetAsync(PhotoApp.PageUrl(app.ListingA) + suffix);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Upload_MemberOfOtherBusiness_NotFoundAndNothingStored()
    {
        using var client = await app.CreateClientSignedInAsAsync(app.MemberB);

        var response = await PhotoApp.UploadAsync(client, app.ListingA, [("fremd.jpg", PhotoFiles.Jpeg(200, 150), "image/jpeg")], ["Fremd"], tokenListingId: app.ListingB);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(await app.PhotosAsync(app.ListingA), p => p.OriginalFileName == "fremd.jpg");
    }

    [Fact]
    public async Task Upload_Anonymous_RedirectsToSignIn()
    {
        using var client = app.CreateCookieClient();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(PhotoFiles.Jpeg(200, 150)), "fotos", "anonym.jpg" } };

        var response = await client.PostAsync(PhotoApp.PageUrl(app.ListingA), form);

        AssertSignIn(response);
        Assert.DoesNotContain(await app.PhotosAsync(app.ListingA), p => p.OriginalFileName == "anonym.jpg");
    }

    [Fact]
    public async Task Upload_Staff_StoredAndRecordedAsStaff()
    {
        using var client = await app.CreateClientSignedInAsAsync(app.Staff);

        var response = await PhotoApp.UploadAsync(client, app.ListingA, [("vom-amt.jpg", PhotoFiles.Jpeg(200, 150), "image/jpeg")], ["Am Telefon beschrieben"]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var photo = Assert.Single(await app.PhotosAsync(app.ListingA), p => p.OriginalFileName == "vom-amt.jpg");
        Assert.Equal(app.Staff.Id, photo.UploadedByMemberId);
        var change = await app.QueryAsync(db => db.ListingChanges.AsNoTracking()
            .SingleAsync(c => c.ListingId == app.ListingA && c.Field == "photos" && c.NewValue!.Contains("vom-amt.jpg")));
        Assert.True(change.ByStaff);
        Assert.Equal(app.Staff.Id, change.ActorMemberId);
    }

    [Fact]
    public async Task AltTexts_MemberOfOtherBusiness_NotFoundAndUnchanged()
    {
        var photo = await SeedPhotoAsync("Vorher");
        using var client = await app.CreateClientSignedInAsAsync(app.MemberB);

        var response = await PostAsync(client, PhotoApp.PageUrl(app.ListingA) + "/beschreibungen", app.ListingB, ($"beschreibung[{photo.Id}]", "Übernommen"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Vorher", (await PhotoAsync(photo.Id))!.AltText);
    }

    [Fact]
    public async Task AltTexts_ViaOwnListingWithOtherListingsPhotoId_Ignored()
    {
        var photo = await SeedPhotoAsync("Vorher");
        using var client = await app.CreateClientSignedInAsAsync(app.MemberB);

        var response = await PostAsync(client, PhotoApp.PageUrl(app.ListingB) + "/beschreibungen", app.ListingB, ($"beschreibung[{photo.Id}]", "Übernommen"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Vorher", (await PhotoAsync(photo.Id))!.AltText);
    }

    [Fact]
    public async Task AltTexts_Anonymous_RedirectsToSignIn()
    {
        var photo = await SeedPhotoAsync("Vorher");
        using var client = app.CreateCookieClient();

        var response = await client.PostAsync(PhotoApp.PageUrl(app.ListingA) + "/beschreibungen",
            new FormUrlEncodedContent([new($"beschreibung[{photo.Id}]", "Anonym")]));

        AssertSignIn(response);
        Assert.Equal("Vorher", (await PhotoAsync(photo.Id))!.AltText);
    }

    [Fact]
    public async Task AltTexts_Staff_SavedAndRecordedAsStaff()
    {
        var photo = await SeedPhotoAsync("Vorher");
        using var client = await app.CreateClientSignedInAsAsync(app.Staff);

        var response = await PostAsync(client, PhotoApp.PageUrl(app.ListingA) + "/beschreibungen", app.ListingA, ($"beschreibung[{photo.Id}]", "Vom Amt eingetragen"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Vom Amt eingetragen", (await PhotoAsync(photo.Id))!.AltText);
        Assert.True(await app.QueryAsync(db => db.ListingChanges.AnyAsync(c => c.ListingId == app.ListingA && c.ByStaff && c.NewValue!.Contains("Vom Amt eingetragen"))));
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Action_MemberOfOtherBusiness_NotFoundAndUnchanged(string action)
    {
        var photo = await SeedPhotoAsync("Geschützt");
        var before = await app.PhotosAsync(app.ListingA);
        using var client = await app.CreateClientSignedInAsAsync(app.MemberB);

        var response = await PostAsync(client, $"{PhotoApp.PageUrl(app.ListingA)}/{photo.Id}/{action}", app.ListingB);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var after = await app.PhotosAsync(app.ListingA);
        Assert.Equal(before.Select(p => (p.Id, p.Position, p.IsCover)), after.Select(p => (p.Id, p.Position, p.IsCover)));
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Action_OnOwnListingWithOtherListingsPhoto_NotFoundAndUnchanged(string action)
    {
        var photo = await SeedPhotoAsync("Geschützt");
        var before = await app.PhotosAsync(app.ListingA);
        using var client = await app.CreateClientSignedInAsAsync(app.MemberB);

        var response = await PostAsync(client, $"{PhotoApp.PageUrl(app.ListingB)}/{photo.Id}/{action}", app.ListingB);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var after = await app.PhotosAsync(app.ListingA);
        Assert.Equal(before.Select(p => (p.Id, p.Position, p.IsCover)), after.Select(p => (p.Id, p.Position, p.IsCover)));
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Action_Anonymous_RedirectsToSignIn(string action)
    {
        var photo = await SeedPhotoAsync("Geschützt");
        using var client = app.CreateCookieClient();

        var response = await client.PostAsync($"{PhotoApp.PageUrl(app.ListingA)}/{photo.Id}/{action}", new FormUrlEncodedContent([]));

        AssertSignIn(response);
        Assert.NotNull(await PhotoAsync(photo.Id));
    }

    [Fact]
    public async Task Actions_Staff_ReorderCoverAndDeleteRecordedAsStaff()
    {
        var first = await SeedPhotoAsync("Erstes");
        var second = await SeedPhotoAsync("Zweites");
        using var client = await app.CreateClientSignedInAsAsync(app.Staff);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, $"{PhotoApp.PageUrl(app.ListingA)}/{second.Id}/nach-vorn", app.ListingA)).StatusCode);
        var order = (await app.PhotosAsync(app.ListingA)).Select(p => p.Id).ToList();
        Assert.True(order.IndexOf(second.Id) < order.IndexOf(first.Id));

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, $"{PhotoApp.PageUrl(app.ListingA)}/{second.Id}/titelbild", app.ListingA)).StatusCode);
        Assert.True((await PhotoAsync(second.Id))!.IsCover);
        Assert.Single(await app.PhotosAsync(app.ListingA), p => p.IsCover);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, $"{PhotoApp.PageUrl(app.ListingA)}/{second.Id}/loeschen", app.ListingA)).StatusCode);
        Assert.Null(await PhotoAsync(second.Id));
        Assert.False(app.OriginalExists(second.StorageKey));
        Assert.False(app.VariantsExist(second.StorageKey));

        var changes = await app.QueryAsync(db => db.ListingChanges.AsNoTracking()
            .Where(c => c.ListingId == app.ListingA && c.Field == "photos" && c.ActorMemberId == app.Staff.Id).ToListAsync());
        Assert.All(changes, c => Assert.True(c.ByStaff));
        Assert.Contains(changes, c => c.NewValue != null && c.NewValue.StartsWith("order:", StringComparison.Ordinal));
        Assert.Contains(changes, c => c.NewValue != null && c.NewValue.StartsWith("cover:", StringComparison.Ordinal));
        Assert.Contains(changes, c => c.NewValue == null && c.OldValue!.Contains(second.StorageKey[..8]));
    }

    /// <summary>A ready photo of listing A with its original and variants on disk, made by the real job.</summary>
    private async Task<ListingPhoto> SeedPhotoAsync(string altText)
    {
        using var client = await app.CreateClientSignedInAsAsync(app.MemberA);
        var name = $"{Guid.NewGuid():N}.jpg";
        await PhotoApp.UploadAsync(client, app.ListingA, [(name, PhotoFiles.Jpeg(120, 90), "image/jpeg")], [altText]);
        var photo = Assert.Single(await app.PhotosAsync(app.ListingA), p => p.OriginalFileName == name);
        return await app.WaitUntilProcessedAsync(photo.Id);
    }

    private Task<ListingPhoto?> PhotoAsync(int id) =>
        app.QueryAsync(db => db.ListingPhotos.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id));

    /// <summary>A form post with an antiforgery token that <paramref name="client"/> got on its own listing's page.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, int tokenListingId, params (string Name, string Value)[] fields)
    {
        var token = await client.AntiforgeryTokenAsync(PhotoApp.PageUrl(tokenListingId));
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    private static void AssertSignIn(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/konto/anmelden", response.Headers.Location?.IsAbsoluteUri == true ? response.Headers.Location.PathAndQuery : response.Headers.Location?.OriginalString);
    }
}
