using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using HalloBot.Domain.Media;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Photos;

/// <summary>A member's photo from upload through the job to the public page, and the hostile files the issue names.</summary>
public sealed class PhotoUploadTests(PhotoApp app) : IClassFixture<PhotoApp>
{
    [Fact]
    public async Task Upload_RealJpeg_BecomesReadyServedWithLongCacheAndShownWithSrcset()
    {
        using var client = await app.CreateClientSignedInAsAsync(app.MemberA);

        var response = await PhotoApp.UploadAsync(client, app.ListingA, [("theke.jpg", PhotoFiles.Jpeg(1600, 1200), "image/jpeg")], ["Brötchentheke mit Brezeln"]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = Assert.Single(await app.PhotosAsync(app.ListingA), p => p.OriginalFileName == "theke.jpg");
        Assert.Equal("Brötchentheke mit Brezeln", stored.AltText);
        var photo = await app.WaitUntilProcessedAsync(stored.Id);
        Assert.Equal(PhotoStatus.Ready, photo.Status);
        Assert.Equal((1600, 1200), (photo.Width, photo.Height));
        var variants = Directory.GetFiles(Path.Combine(app.Media.PublicFolder, "photos", photo.StorageKey)).Select(Path.GetFileName).Order();
        Assert.Equal(["full.jpg", "full.webp", "list.jpg", "list.webp", "page.jpg", "page.webp"], variants);

        using var anonymous = app.CreateClient();
        var served = await anonymous.GetAsync($"/media/photos/{photo.StorageKey}/page.webp");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/webp", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", served.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());

        var html = await anonymous.GetStringAsync($"/b/{app.SlugA}");
        var document = new HtmlParser().ParseDocument(html);
        var image = document.QuerySelector($"picture img[src='/media/photos/{photo.StorageKey}/page.jpg']");
        Assert.NotNull(image);
        Assert.Equal("Brötchentheke mit Brezeln", image.GetAttribute("alt"));
        Assert.Equal(("1024", "768"), (image.GetAttribute("width"), image.GetAttribute("height")));
        Assert.Contains($"/media/photos/{photo.StorageKey}/list.jpg 400w", image.GetAttribute("srcset"));
        Assert.Contains($"/media/photos/{photo.StorageKey}/full.jpg 1600w", image.GetAttribute("srcset"));
        var source = image.ParentElement?.QuerySelector("source[type='image/webp']");
        Assert.Contains($"/media/photos/{photo.StorageKey}/page.webp 1024w", source?.GetAttribute("srcset"));
        var cover = document.QuerySelector("picture img")?.GetAttribute("src");
        Assert.Contains($"\"image\":\"http://localhost{cover}\"", document.QuerySelector("script[type='application/ld+json']")?.TextContent);
    }

    [Fact]
    public async Task Upload_Original_IsNeverServed()
    {
        using var client = await app.CreateClientSignedInAsAsync(app.MemberA);
        await PhotoApp.UploadAsync(client, app.ListingA, [("privat.jpg", PhotoFiles.Jpeg(300, 200), "image/jpeg")], ["Schaufenster"]);
        var photo = Assert.Single(await app.PhotosAsync(app.ListingA), p => p.OriginalFileName == "privat.jpg");
        await app.WaitUntilProcessedAsync(photo.Id);
        Assert.True(app.OriginalExists(photo.StorageKey));

        using var anonymous = app.CreateClient();
        foreach (var path in new[] { $"/media/originals/{photo.StorageKey}", $"/media/../originals/{photo.StorageKey}", $"/media/%2e%2e/originals/{photo.StorageKey}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(path)).StatusCode);
        }
    }

    [Theory]
    [InlineData("seite.jpg", "html")]
    [InlineData("grafik.svg", "svg")]
    public async Task Upload_MarkupInsteadOfImage_RefusedAtOnceInGermanWithNothingStored(string fileName, string kind)
    {
        using var client = await app.CreateClientSignedInAsAsync(app.MemberA);
        var before = Directory.Exists(app.Media.OriginalsFolder) ? Directory.GetFiles(app.Media.OriginalsFolder).Length : 0;
        var content = kind == "html" ? PhotoFiles.HtmlNamedJpg() : PhotoFiles.SvgWithScript();

        var response = await PhotoApp.UploadAsync(client, app.ListingA, [(fileName, content, kind == "html" ? "image/jpeg" : "image/svg+xml")], ["Versuch"]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("kein Foto im Format JPEG, PNG, WebP oder GIF", html);
        Assert.Contains(fileName, html);
        Assert.DoesNotContain(await app.PhotosAsync(app.ListingA), p => p.OriginalFileName == fileName);
        Assert.Equal(before, Directory.Exists(app.Media.OriginalsFolder) ? Directory.GetFiles(app.Media.OriginalsFolder).Length : 0);
        await AssertSiteServesAsync();
    }

    [Theory]
    [InlineData("bombe.png", "TooManyPixels", "zu viele Bildpunkte")]
    [InlineData("abgebrochen.jpg", "Truncated", "unvollständig")]
    public async Task Upload_HostileImage_RejectedByJobWithGermanReasonAndNothingLeft(string fileName, string reason, string germanText)
    {
        using var client = await app.CreateClientSignedInAsAsync(app.MemberA);
        var content = reason == "TooManyPixels" ? PhotoFiles.DecompressionBomb() : PhotoFiles.TruncatedJpeg();

        var response = await PhotoApp.UploadAsync(client, app.ListingA, [(fileName, content, "image/jpeg")], ["Versuch"]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = Assert.Single(await app.PhotosAsync(app.ListingA), p => p.OriginalFileName == fileName);
        var photo = await app.WaitUntilProcessedAsync(stored.Id);
        Assert.Equal(PhotoStatus.Rejected, photo.Status);
        Assert.Equal(reason, photo.RejectionReason);
        Assert.False(app.OriginalExists(photo.StorageKey));
        Assert.False(app.VariantsExist(photo.StorageKey));
        var page = await client.GetStringAsync(PhotoApp.PageUrl(app.ListingA));
        Assert.Contains(germanText, page);
        await AssertSiteServesAsync();
    }

    [Fact]
    public async Task Upload_SixteenMegabytes_RefusedInGermanWithNothingStored()
    {
        using var client = await app.CreateClientSignedInAsAsync(app.MemberA);

        var response = await PhotoApp.UploadAsync(client, app.ListingA, [("riesig.jpg", PhotoFiles.SixteenMegabytes(), "image/jpeg")], ["Groß"], asScript: true);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var file = json.RootElement.GetProperty("files")[0];
        Assert.Equal("riesig.jpg", file.GetProperty("fileName").GetString());
        Assert.Contains("größer als 15 MB", file.GetProperty("error").GetString());
        Assert.DoesNotContain(await app.PhotosAsync(app.ListingA), p => p.OriginalFileName == "riesig.jpg");
        await AssertSiteServesAsync();
    }

    [Fact]
    public async Task Upload_OverTheRequestLimit_RedirectsToGermanMessageInsteadOfBlankError()
    {
        using var client = await app.CreateClientSignedInAsAsync(app.MemberA);
        var sixteen = PhotoFiles.SixteenMegabytes();

        var response = await PhotoApp.UploadAsync(client, app.ListingA, Enumerable.Range(0, 14).Select(i => ($"teil{i}.jpg", sixteen, "image/jpeg")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetStringAsync(response.Headers.Location!.ToString());
        Assert.Contains("zusammen zu groß", page);
        Assert.DoesNotContain(await app.PhotosAsync(app.ListingA), p => p.OriginalFileName.StartsWith("teil", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Upload_SeveralWithoutDescriptions_ShownPubliclyOnlyOnceDescribed()
    {
        using var client = await app.CreateClientSignedInAsAsync(app.MemberA);

        var response = await PhotoApp.UploadAsync(client, app.ListingA, [("ohne1.jpg", PhotoFiles.Jpeg(500, 400, 2), "image/jpeg"), ("ohne2.jpg", PhotoFiles.Jpeg(500, 400, 3), "image/jpeg")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var photos = (await app.PhotosAsync(app.ListingA)).Where(p => p.OriginalFileName.StartsWith("ohne", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, photos.Count);
        foreach (var photo in photos)
        {
            Assert.Equal(PhotoStatus.Ready, (await app.WaitUntilProcessedAsync(photo.Id)).Status);
        }

        using var anonymous = app.CreateClient();
        Assert.DoesNotContain(photos[0].StorageKey, await anonymous.GetStringAsync($"/b/{app.SlugA}"));
        var page = await client.GetStringAsync(PhotoApp.PageUrl(app.ListingA));
        Assert.Contains("Erst mit Beschreibung erscheint es", page);

        var saved = await client.SubmitAsync(PhotoApp.PageUrl(app.ListingA), [new($"beschreibung[{photos[0].Id}]", "Unsere Backstube am Morgen")], "#foto-beschreibungen");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var publicPage = await anonymous.GetStringAsync($"/b/{app.SlugA}");
        Assert.Contains(photos[0].StorageKey, publicPage);
        Assert.Contains("Unsere Backstube am Morgen", publicPage);
        Assert.DoesNotContain(photos[1].StorageKey, publicPage);
        var change = await app.QueryAsync(db => db.ListingChanges.AsNoTracking()
            .Where(c => c.ListingId == app.ListingA && c.Field == "photos" && c.NewValue!.Contains("Unsere Backstube")).SingleAsync());
        Assert.Equal(app.MemberA.Id, change.ActorMemberId);
        Assert.False(change.ByStaff);
    }

    [Fact]
    public async Task Status_WhileAndAfterProcessing_ReportsEachPhotoAsJson()
    {
        using var client = await app.CreateClientSignedInAsAsync(app.MemberA);
        await PhotoApp.UploadAsync(client, app.ListingA, [("status.jpg", PhotoFiles.Jpeg(640, 480, 4), "image/jpeg")], ["Eingang"], asScript: true);
        var photo = Assert.Single(await app.PhotosAsync(app.ListingA), p => p.OriginalFileName == "status.jpg");
        await app.WaitUntilProcessedAsync(photo.Id);

        var response = await client.GetAsync($"{PhotoApp.PageUrl(app.ListingA)}/status");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var item = json.RootElement.GetProperty("photos").EnumerateArray().Single(p => p.GetProperty("id").GetInt32() == photo.Id);
        Assert.Equal("ready", item.GetProperty("status").GetString());
        Assert.Equal("bereit", item.GetProperty("statusText").GetString());
        Assert.Equal($"/media/photos/{photo.StorageKey}/list.jpg", item.GetProperty("thumbnailUrl").GetString());
    }

    [Fact]
    public async Task Job_RejectedCover_CoverPassesToNextPhoto()
    {
        using var client = await app.CreateClientSignedInAsAsync(app.MemberB);

        await PhotoApp.UploadAsync(client, app.ListingB, [("zuerst-bombe.png", PhotoFiles.DecompressionBomb(), "image/png"), ("danach.jpg", PhotoFiles.Jpeg(400, 300, 5), "image/jpeg")], ["Bombe", "Tresen"]);

        var uploaded = await app.PhotosAsync(app.ListingB);
        Assert.True(uploaded.Single(p => p.OriginalFileName == "zuerst-bombe.png").IsCover);
        foreach (var photo in uploaded)
        {
            await app.WaitUntilProcessedAsync(photo.Id);
        }

        var processed = await app.PhotosAsync(app.ListingB);
        Assert.False(processed.Single(p => p.OriginalFileName == "zuerst-bombe.png").IsCover);
        Assert.True(processed.Single(p => p.OriginalFileName == "danach.jpg").IsCover);
    }

    private async Task AssertSiteServesAsync()
    {
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/b/{app.SlugA}")).StatusCode);
    }
}
