using System.Globalization;
using System.Net;
using HalloBot.Domain.Offers;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.Jobs.Images;

namespace HalloBot.IntegrationTests.Offers;

/// <summary>Every offer endpoint of listing A: a member of B gets 404 and changes nothing; staff and A's members get through.</summary>
public sealed class OfferAuthorizationTests(OfferApp app) : IClassFixture<OfferApp>
{
    public static TheoryData<string> Reads => ["", "/neu", "/{offer}"];

    private string Url(int listingId, string suffix) => $"/betrieb/{listingId}/angebote" + suffix.Replace("{offer}", app.OfferA.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Read_MemberOfOtherBusiness_NotFound(string suffix)
    {
        using var client = await app.CreateClientSignedInAsAsync(app.MemberB);

        var response = await client.GetAsync(Url(app.ListingA, suffix));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Read_StaffAndOwnMember_Succeed(string suffix)
    {
        using var staff = await app.CreateClientSignedInAsAsync(app.Staff);
        using var member = await app.CreateClientSignedInAsAsync(app.MemberA);

        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(Url(app.ListingA, suffix))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(Url(app.ListingA, suffix))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Read_Anonymous_RedirectsToSignIn(string suffix)
    {
        using var client = app.CreateCookieClient();

        var response = await client.GetAsync(Url(app.ListingA, suffix));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/konto/anmelden", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_OwnListingWithOtherListingsOffer_NotFound()
    {
        using var client = await app.CreateClientSignedInAsAsync(app.MemberB);

        var response = await client.GetAsync(Url(app.ListingB, "/{offer}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Create_MemberOfOtherBusiness_NotFoundAndNothingCreated()
    {
        using var client = await app.CreateClientSignedInAsAsync(app.MemberB);
        var token = await client.AntiforgeryTokenAsync(Url(app.ListingB, "/neu"));

        var response = await client.PostAsync(Url(app.ListingA, "/neu"), Form(token, OfferApp.ValidForm("Fremdangebot")));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(await app.OffersAsync(app.ListingA), o => o.Title == "Fremdangebot");
    }

    [Fact]
    public async Task Save_MemberOfOtherBusiness_NotFoundAndUnchanged()
    {
        using var client = await app.CreateClientSignedInAsAsync(app.MemberB);
        var token = await client.AntiforgeryTokenAsync(Url(app.ListingB, "/neu"));

        var viaA = await client.PostAsync(Url(app.ListingA, "/{offer}"), Form(token, OfferApp.ValidForm("Übernommen")));
        var viaB = await client.PostAsync(Url(app.ListingB, "/{offer}"), Form(token, OfferApp.ValidForm("Übernommen")));

        Assert.Equal(HttpStatusCode.NotFound, viaA.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, viaB.StatusCode);
        Assert.Equal("Honig aus Kirchhellen", (await app.OffersAsync(app.ListingA)).Single(o => o.Id == app.OfferA).Title);
    }

    [Fact]
    public async Task Delete_MemberOfOtherBusiness_NotFoundAndKept()
    {
        using var client = await app.CreateClientSignedInAsAsync(app.MemberB);
        var token = await client.AntiforgeryTokenAsync(Url(app.ListingB, "/neu"));

        var viaA = await client.PostAsync(Url(app.ListingA, "/{offer}/loeschen"), Form(token, []));
        var viaB = await client.PostAsync(Url(app.ListingB, "/{offer}/loeschen"), Form(token, []));

        Assert.Equal(HttpStatusCode.NotFound, viaA.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, viaB.StatusCode);
        Assert.Contains(await app.OffersAsync(app.ListingA), o => o.Id == app.OfferA);
    }

    [Fact]
    public async Task PhotoUpload_MemberOfOtherBusiness_NotFoundAndNothingStored()
    {
        using var client = await app.CreateClientSignedInAsAsync(app.MemberB);
        var token = await client.AntiforgeryTokenAsync(Url(app.ListingB, "/neu"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1]), "foto", "fremd.jpg" },
            { new StringContent("Fremd"), "beschreibung" },
        };

        var response = await client.PostAsync(Url(app.ListingA, "/{offer}/fotos"), form);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => Task.FromResult(db.OfferPhotos.Count(p => p.OfferId == app.OfferA))));
    }

    [Fact]
    public async Task PhotoDelete_MemberOfOtherBusiness_NotFoundAndPhotoKept()
    {
        var offerId = await app.AddOfferAsync(app.ListingA, "Fotoangebot");
        var photo = new OfferPhoto(offerId, MediaKey.New(), 1000, "Regal mit Gläsern", 0, app.MemberA.Id, OfferApp.DefaultNow.UtcDateTime);
        await app.SeedAsync(db =>
        {
            db.OfferPhotos.Add(photo);
            return Task.CompletedTask;
        });
        using var client = await app.CreateClientSignedInAsAsync(app.MemberB);
        var token = await client.AntiforgeryTokenAsync(Url(app.ListingB, "/neu"));
        var path = string.Create(CultureInfo.InvariantCulture, $"/{offerId}/fotos/{photo.Id}/loeschen");

        var viaA = await client.PostAsync(Url(app.ListingA, path), Form(token, []));
        var viaB = await client.PostAsync(Url(app.ListingB, path), Form(token, []));

        Assert.Equal(HttpStatusCode.NotFound, viaA.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, viaB.StatusCode);
        Assert.Contains(await app.PhotosAsync(offerId), p => p.Id == photo.Id);
    }

    private static FormUrlEncodedContent Form(string token, Dictionary<string, string> fields) =>
        new([new("__RequestVerificationToken", token), .. fields]);
}
