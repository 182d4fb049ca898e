using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using HalloBot.Domain.Media;
using HalloBot.Domain.Offers;
using HalloBot.Domain.Outbox;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.IntegrationTests.Photos;
using HalloBot.Jobs.Images;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Offers;

/// <summary>An offer's photos from the upload through the outbox and the photo job to the offer page, the refusals, and deleting the offer.</summary>
public sealed class OfferPhotoTests(OfferApp app) : IClassFixture<OfferApp>
{
    [Fact]
    public async Task Upload_RealJpeg_ProcessedByJobAndShownAsWebpOnOfferPageAndInSchemaImage()
    {
        var offerId = await app.AddOfferAsync(app.ListingA, "Bienenwachskerzen");
        using var client = await app.CreateClientSignedInAsAsync(app.MemberA);

        var response = await OfferApp.UploadPhotoAsync(client, app.ListingA, offerId, "kerzen.jpg", PhotoFiles.Jpeg(1600, 1200), "image/jpeg", "Drei Kerzen aus Bienenwachs");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(OfferApp.EditUrl(app.ListingA, offerId) + "?erledigt=foto#fotos", response.Headers.Location!.ToString());
        var stored = Assert.Single(await app.PhotosAsync(offerId));
        Assert.Equal("Drei Kerzen aus Bienenwachs", stored.AltText);
        Assert.True(await app.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == OutboxMessageKind.ProcessOfferPhoto && m.EntityId == stored.Id)));
        var photo = await app.WaitUntilProcessedAsync(stored.Id);
        Assert.Equal(PhotoStatus.Ready, photo.Status);
        Assert.Equal((1600, 1200), (photo.Width, photo.Height));
        Assert.True(await app.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == OutboxMessageKind.ProcessOfferPhoto && m.EntityId == stored.Id && m.ProcessedAt != null)));

        using var visitor = app.CreateClient();
        var webp = await visitor.GetAsync($"/media/photos/{photo.StorageKey}/page.webp");
        Assert.Equal(HttpStatusCode.OK, webp.StatusCode);
        Assert.Equal("image/webp", webp.Content.Headers.ContentType?.MediaType);
        var page = new HtmlParser().ParseDocument(await visitor.GetStringAsync($"/b/{OfferApp.SlugA}/angebote/{offerId}"));
        var image = page.QuerySelector($"picture img[src='/media/photos/{photo.StorageKey}/page.jpg']");
        Assert.NotNull(image);
        Assert.Equal("Drei Kerzen aus Bienenwachs", image.GetAttribute("alt"));
        Assert.Contains($"/media/photos/{photo.StorageKey}/page.webp 1024w", image.ParentElement?.QuerySelector("source[type='image/webp']")?.GetAttribute("srcset"));
        var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        var schemaImage = Assert.Single(jsonLd.GetProperty("image").EnumerateArray()).GetString();
        Assert.Equal($"http://localhost/media/photos/{photo.StorageKey}/page.jpg", schemaImage);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri(schemaImage!).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task Upload_SixthPhoto_RefusedWithErrorOnThePhotoFieldAndNothingStored()
    {
        var offerId = await app.AddOfferAsync(app.ListingA, "Kräutertöpfe");
        await app.SeedAsync(db =>
        {
            for (var i = 0; i < Offer.MaxPhotos; i++)
            {
                db.OfferPhotos.Add(new OfferPhoto(offerId, MediaKey.New(), 1000, $"Topf {i}", i, app.MemberA.Id, OfferApp.DefaultNow.UtcDateTime));
            }

            return Task.CompletedTask;
        });
        var originals = app.OriginalCount();
        using var client = await app.CreateClientSignedInAsAsync(app.MemberA, followRedirects: true);

        var response = await OfferApp.UploadPhotoAsync(client, app.ListingA, offerId, "sechs.jpg", PhotoFiles.Jpeg(400, 300), "image/jpeg", "Der sechste Topf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OfferApp.EditUrl(app.ListingA, offerId), response.RequestMessage!.RequestUri!.AbsolutePath);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("höchstens 5 Fotos", page.QuerySelector("#angebot-foto-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(Offer.MaxPhotos, (await app.PhotosAsync(offerId)).Count);
        Assert.DoesNotContain(await app.PhotosAsync(offerId), p => p.AltText == "Der sechste Topf");
        Assert.Equal(originals, app.OriginalCount());
    }

    [Fact]
    public async Task Upload_TwoAtOnceForTheLastPlace_OnlyOneIsStored()
    {
        var offerId = await app.AddOfferAsync(app.ListingA, "Gläser");
        await app.SeedAsync(db =>
        {
            for (var i = 0; i < Offer.MaxPhotos - 1; i++)
            {
                db.OfferPhotos.Add(new OfferPhoto(offerId, MediaKey.New(), 1000, $"Glas {i}", i, app.MemberA.Id, OfferApp.DefaultNow.UtcDateTime));
            }

            return Task.CompletedTask;
        });
        var originals = app.OriginalCount();
        using var first = await app.CreateClientSignedInAsAsync(app.MemberA, followRedirects: true);
        using var second = await app.CreateClientSignedInAsAsync(app.MemberA, followRedirects: true);
        var secondToken = await second.AntiforgeryTokenAsync(OfferApp.EditUrl(app.ListingA, offerId));

        // The second upload comes while the first is saving, after the first has counted four: without a guard both
        // count four and both are stored.
        Task<HttpResponseMessage>? secondResponse = null;
        app.BeforeNextPhotoSave(async () =>
        {
            var started = app.TransactionStartingFor(OfferApp.EditUrl(app.ListingA, offerId) + "/fotos");
            secondResponse = OfferApp.UploadPhotoWithTokenAsync(second, app.ListingA, offerId, "zwei.jpg", PhotoFiles.Jpeg(400, 300, 2), "image/jpeg", "Das zweite Glas", secondToken);
            await Task.WhenAny(started, secondResponse);
        });
        var firstResponse = await OfferApp.UploadPhotoAsync(first, app.ListingA, offerId, "eins.jpg", PhotoFiles.Jpeg(400, 300, 1), "image/jpeg", "Das erste Glas");

        Assert.NotNull(secondResponse);
        var refused = new HtmlParser().ParseDocument(await (await secondResponse).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
        Assert.Contains("höchstens 5 Fotos", refused.QuerySelector("#angebot-foto-error")?.TextContent, StringComparison.Ordinal);
        var photos = await app.PhotosAsync(offerId);
        Assert.Equal(Offer.MaxPhotos, photos.Count);
        Assert.Contains(photos, p => p.AltText == "Das erste Glas");
        Assert.DoesNotContain(photos, p => p.AltText == "Das zweite Glas");
        Assert.Equal(originals + 1, app.OriginalCount());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Upload_WithoutDescription_RefusedOnThePhotoFieldWithNothingStored(string altText)
    {
        var offerId = await app.AddOfferAsync(app.ListingA, $"Ohne Beschreibung {altText.Length}");
        var originals = app.OriginalCount();
        using var client = await app.CreateClientSignedInAsAsync(app.MemberA, followRedirects: true);

        var response = await OfferApp.UploadPhotoAsync(client, app.ListingA, offerId, "foto.jpg", PhotoFiles.Jpeg(400, 300), "image/jpeg", altText);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OfferApp.EditUrl(app.ListingA, offerId), response.RequestMessage!.RequestUri!.AbsolutePath);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("Bitte beschreiben Sie, was das Foto zeigt.", page.QuerySelector("#angebot-foto-error")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(await app.PhotosAsync(offerId));
        Assert.Equal(originals, app.OriginalCount());
    }

    [Fact]
    public async Task Upload_OverTheImageLimitButWithinTheRequestLimit_RefusedOnThePhotoFieldWithNothingStored()
    {
        // 15.5 MB: more than a photo may have (15 MB), less than the upload's request limit (16 MB), so that the
        // refusal is the service's own and not the request filter's.
        var offerId = await app.AddOfferAsync(app.ListingA, "Knapp zu groß");
        var originals = app.OriginalCount();
        using var client = await app.CreateClientSignedInAsAsync(app.MemberA, followRedirects: true);
        var content = new byte[(15 * 1024 * 1024) + (512 * 1024)];
        PhotoFiles.Jpeg(400, 300).CopyTo(content, 0);

        var response = await OfferApp.UploadPhotoAsync(client, app.ListingA, offerId, "knapp.jpg", content, "image/jpeg", "Ein großes Foto");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("Die Datei ist größer als 15 MB", page.QuerySelector("#angebot-foto-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Ein großes Foto", page.QuerySelector("#angebot-foto-beschreibung")?.GetAttribute("value"));
        Assert.Empty(await app.PhotosAsync(offerId));
        Assert.Equal(originals, app.OriginalCount());
    }

    [Theory]
    [InlineData("seite.jpg", "html")]
    [InlineData("grafik.svg", "svg")]
    public async Task Upload_MarkupInsteadOfImage_RefusedOnThePhotoFieldWithNothingStored(string fileName, string kind)
    {
        var offerId = await app.AddOfferAsync(app.ListingA, "Marmelade " + kind);
        var originals = app.OriginalCount();
        using var client = await app.CreateClientSignedInAsAsync(app.MemberA, followRedirects: true);
        var content = kind == "html" ? PhotoFiles.HtmlNamedJpg() : PhotoFiles.SvgWithScript();

        var response = await OfferApp.UploadPhotoAsync(client, app.ListingA, offerId, fileName, content, kind == "html" ? "image/jpeg" : "image/svg+xml", "Versuch");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var error = page.QuerySelector("#angebot-foto-error");
        Assert.Contains("kein Foto im Format JPEG, PNG, WebP oder GIF", error?.TextContent, StringComparison.Ordinal);
        Assert.Equal("angebot-foto-error", page.QuerySelector("#angebot-foto")?.GetAttribute("aria-describedby"));
        Assert.Equal("Versuch", page.QuerySelector("#angebot-foto-beschreibung")?.GetAttribute("value"));
        Assert.Empty(await app.PhotosAsync(offerId));
        Assert.Equal(originals, app.OriginalCount());
    }

    [Fact]
    public async Task DeleteOffer_WithProcessedPhoto_FilesRemovedAndMediaAnswersNotFound()
    {
        var offerId = await app.AddOfferAsync(app.ListingA, "Apfelsaft");
        using var client = await app.CreateClientSignedInAsAsync(app.MemberA);
        await OfferApp.UploadPhotoAsync(client, app.ListingA, offerId, "saft.jpg", PhotoFiles.Jpeg(800, 600, 7), "image/jpeg", "Flaschen mit Apfelsaft");
        var photo = await app.WaitUntilProcessedAsync(Assert.Single(await app.PhotosAsync(offerId)).Id);
        Assert.Equal(PhotoStatus.Ready, photo.Status);
        Assert.True(app.VariantsExist(photo.StorageKey));
        Assert.True(app.OriginalExists(photo.StorageKey));
        using var visitor = app.CreateClient();
        var url = $"/media/photos/{photo.StorageKey}/page.webp";
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(url)).StatusCode);

        var response = await client.SubmitAsync($"/betrieb/{app.ListingA}/angebote", [], $"form[action='{OfferApp.EditUrl(app.ListingA, offerId)}/loeschen']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain(await app.OffersAsync(app.ListingA), o => o.Id == offerId);
        Assert.Empty(await app.PhotosAsync(offerId));
        Assert.False(app.VariantsExist(photo.StorageKey));
        Assert.False(app.OriginalExists(photo.StorageKey));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/media/photos/{photo.StorageKey}/page.jpg")).StatusCode);
    }
}
