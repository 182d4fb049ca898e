using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.IntegrationTests.Offers;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Uploads;

/// <summary>
/// A file over the limit on each upload form (listing photos, offer photos, the feedback screenshot): the user lands on
/// the same form with a German message on the file field and what they typed, nothing is stored, and never the blank
/// 400 page or a 500.
/// </summary>
public sealed class TooLargeUploadTests(OfferApp app) : IClassFixture<OfferApp>
{
    private const int Megabyte = 1024 * 1024;

    [Fact]
    public async Task ListingPhotoUpload_SeventeenMegabytes_BackOnPhotoPageWithMessageOnFileField()
    {
        using var client = await app.CreateClientSignedInAsAsync(app.MemberA, followRedirects: true);
        var page = $"/betrieb/{app.ListingA}/fotos";
        var originals = app.OriginalCount();

        var response = await PostAsync(client, page, page, [Image("fotos", "riesig.jpg", 17), new("beschreibungen", "Ladenansicht")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(page, response.RequestMessage!.RequestUri!.AbsolutePath);
        var document = await DocumentAsync(response);
        var error = document.QuerySelector("#fotos-datei-fehler")?.TextContent;
        Assert.Contains("„riesig.jpg“ ist zu groß", error, StringComparison.Ordinal);
        Assert.Contains("höchstens 15 MB", error, StringComparison.Ordinal);
        Assert.Contains("fotos-datei-fehler", document.QuerySelector("#fotos-datei")?.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.ListingPhotos.CountAsync(p => p.ListingId == app.ListingA)));
        Assert.Equal(originals, app.OriginalCount());
    }

    [Fact]
    public async Task ListingPhotoUpload_SeventeenMegabytesFromScript_JsonMessageWith413()
    {
        using var client = await app.CreateClientSignedInAsAsync(app.MemberA);
        var page = $"/betrieb/{app.ListingA}/fotos";

        var response = await PostAsync(client, page, page, [Image("fotos", "gross.jpg", 17)], acceptJson: true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("„gross.jpg“ ist zu groß", json.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.ListingPhotos.CountAsync(p => p.ListingId == app.ListingA)));
    }

    [Fact]
    public async Task OfferPhotoUpload_SeventeenMegabytes_BackOnOfferPageWithMessageOnFileFieldAndDescriptionKept()
    {
        var offerId = await app.AddOfferAsync(app.ListingA, "Großes Foto");
        using var client = await app.CreateClientSignedInAsAsync(app.MemberA, followRedirects: true);
        var page = OfferApp.EditUrl(app.ListingA, offerId);
        var originals = app.OriginalCount();

        var response = await PostAsync(client, page, page + "/fotos", [Image("foto", "regal.jpg", 17), new("beschreibung", "Regal mit Honiggläsern")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(page, response.RequestMessage!.RequestUri!.AbsolutePath);
        var document = await DocumentAsync(response);
        Assert.Contains("„regal.jpg“ ist zu groß", document.QuerySelector("#angebot-foto-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", document.QuerySelector("#angebot-foto")?.GetAttribute("aria-invalid"));
        Assert.Equal("Regal mit Honiggläsern", document.QuerySelector("#angebot-foto-beschreibung")?.GetAttribute("value"));
        Assert.Empty(await app.PhotosAsync(offerId));
        Assert.Equal(originals, app.OriginalCount());
    }

    [Fact]
    public async Task FeedbackScreenshot_SeventeenMegabytes_FormAgainWithTypedTextAndMessageOnScreenshotField()
    {
        using var client = await app.CreateClientSignedInAsAsync(app.MemberA, followRedirects: true);
        var before = await app.QueryAsync(db => db.FeedbackItems.CountAsync());

        var response = await PostAsync(client, "/mitgestalten/neu", "/mitgestalten/neu", FeedbackParts(Image("Screenshot", "bildschirm.png", 17)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var document = await DocumentAsync(response);
        Assert.Contains("„bildschirm.png“ ist zu groß", document.QuerySelector("#Screenshot-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", document.QuerySelector("#Screenshot")?.GetAttribute("aria-invalid"));
        Assert.Contains("„bildschirm.png“ ist zu groß", document.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Suche nach Sonntagsöffnung", document.QuerySelector("#Title")?.GetAttribute("value"));
        Assert.Equal("Bitte eine Möglichkeit, nur sonntags geöffnete Betriebe zu finden.", document.QuerySelector("#Text")?.TextContent);
        Assert.Equal("Search", (document.QuerySelector("#Area option[selected]") as IHtmlOptionElement)?.Value);
        Assert.NotNull(document.QuerySelector("form[action='/mitgestalten/neu'] input[name='__RequestVerificationToken']"));
        Assert.Equal(before, await app.QueryAsync(db => db.FeedbackItems.CountAsync()));
    }

    [Fact]
    public async Task FeedbackScreenshot_TooLargeToRead_FormAgainAskingToRetypeAndNothingSaved()
    {
        using var client = await app.CreateClientSignedInAsAsync(app.MemberA, followRedirects: true);
        var before = await app.QueryAsync(db => db.FeedbackItems.CountAsync());

        var response = await PostAsync(client, "/mitgestalten/neu", "/mitgestalten/neu", FeedbackParts(Image("Screenshot", "film.png", 65)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var error = (await DocumentAsync(response)).QuerySelector("#Screenshot-error")?.TextContent;
        Assert.Contains("Die Datei ist zu groß", error, StringComparison.Ordinal);
        Assert.Contains("noch einmal ein", error, StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.FeedbackItems.CountAsync()));
    }

    [Fact]
    public async Task OfferPhotoUpload_SeventeenMegabytesWithoutValidToken_RefusedLikeAnyForgedForm()
    {
        var offerId = await app.AddOfferAsync(app.ListingA, "Gefälscht");
        using var client = await app.CreateClientSignedInAsAsync(app.MemberA);
        var page = OfferApp.EditUrl(app.ListingA, offerId);

        var response = await PostAsync(client, null, page + "/fotos", [Image("foto", "regal.jpg", 17), new("beschreibung", "Regal")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await app.PhotosAsync(offerId));
    }

    /// <summary>The feedback form's fields as typed, and a screenshot.</summary>
    private Part[] FeedbackParts(Part screenshot) =>
    [
        new("Kind", "Idea"),
        new("Area", "Search"),
        new("Title", "Suche nach Sonntagsöffnung"),
        new("Text", "Bitte eine Möglichkeit, nur sonntags geöffnete Betriebe zu finden."),
        new("ListingId", app.ListingA.ToString(CultureInfo.InvariantCulture)),
        new("ShowBusiness", "true"),
        screenshot,
    ];

    private static Part Image(string name, string fileName, int megabytes)
    {
        // Starts like a JPEG, so that only its size can refuse it.
        var bytes = new byte[megabytes * Megabyte];
        bytes[0] = 0xFF;
        bytes[1] = 0xD8;
        bytes[2] = 0xFF;
        return new Part(name, null, fileName, bytes);
    }

    /// <summary>Posts the parts in order as a browser sends a multipart form, the antiforgery token last (where the form tag puts it).</summary>
    /// <param name="tokenPage">The page whose antiforgery token is sent; none sends an invalid one.</param>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string? tokenPage, string action, IEnumerable<Part> parts, bool acceptJson = false)
    {
        var token = tokenPage is null ? "kein-gueltiges-token" : await client.AntiforgeryTokenAsync(tokenPage);
        using var form = new MultipartFormDataContent();
        foreach (var part in parts)
        {
            if (part.Content is not null)
            {
                var file = new ByteArrayContent(part.Content);
                file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
                form.Add(file, part.Name, part.FileName!);
            }
            else
            {
                form.Add(new StringContent(part.Value ?? ""), part.Name);
            }
        }

        form.Add(new StringContent(token), "__RequestVerificationToken");
        using var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = form };
        if (acceptJson)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        return await client.SendAsync(request);
    }

    private static async Task<IHtmlDocument> DocumentAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    private sealed record Part(string Name, string? Value, string? FileName = null, byte[]? Content = null);
}
