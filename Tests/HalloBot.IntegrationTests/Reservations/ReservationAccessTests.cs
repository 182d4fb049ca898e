using System.Net;
using HalloBot.Domain.Reservations;
using HalloBot.IntegrationTests.Infrastructure;

namespace HalloBot.IntegrationTests.Reservations;

/// <summary>Shares one site with one confirmed reservation at each shop; every request here is refused.</summary>
public sealed class ReservationAccessFixture : IAsyncLifetime
{
    public ReservationApp App { get; private set; } = null!;
    public (string Token, int Id) AtA { get; private set; }
    public (string Token, int Id) AtB { get; private set; }

    public async Task InitializeAsync()
    {
        App = await ReservationApp.StartAsync();
        AtA = await App.ReserveAndConfirmAsync(App.OfferA, "a-kundin@example.org");
        AtB = await App.ReserveAndConfirmAsync(App.OfferB, "b-kunde@example.org");
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>
/// A resident reaches only the reservation of their own link; a shop only its own reservations. Each endpoint is
/// tried with someone else's id or link, and nothing may change.
/// </summary>
public sealed class ReservationAccessTests(ReservationAccessFixture fixture) : IClassFixture<ReservationAccessFixture>
{
    private ReservationApp App => fixture.App;

    public static TheoryData<string> ShopGetPaths =>
        ["/betrieb/{L}/reservierungen", "/betrieb/{L}/reservierungen/{R}", "/betrieb/{L}/reservierungen.csv"];

    public static TheoryData<string> ShopPostPaths =>
    [
        "/betrieb/{L}/reservierungen/{R}/annehmen", "/betrieb/{L}/reservierungen/{R}/anderer-termin", "/betrieb/{L}/reservierungen/{R}/ablehnen",
        "/betrieb/{L}/reservierungen/{R}/abgeholt", "/betrieb/{L}/reservierungen/{R}/nicht-abgeholt",
    ];

    public static TheoryData<string> ResidentPostSuffixes => ["/bestaetigen", "/termin-annehmen", "/stornieren"];

    [Theory]
    [MemberData(nameof(ShopGetPaths))]
    public async Task ShopGet_OtherShopsListingAndReservation_Is404(string path)
    {
        using var client = await App.CreateClientSignedInAsAsync(App.MemberOfB);

        var response = await client.GetAsync(Fill(path, App.ListingA, fixture.AtA.Id));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("a-kundin@example.org", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShopGet_OtherShopsReservationUnderOwnListing_Is404()
    {
        using var client = await App.CreateClientSignedInAsAsync(App.MemberOfB);

        var response = await client.GetAsync($"/betrieb/{App.ListingB}/reservierungen/{fixture.AtA.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ShopList_OwnListing_ShowsNoneOfTheOtherShop()
    {
        using var client = await App.CreateClientSignedInAsAsync(App.MemberOfB);

        var list = await client.GetStringAsync($"/betrieb/{App.ListingB}/reservierungen");
        var csv = await client.GetStringAsync($"/betrieb/{App.ListingB}/reservierungen.csv");

        Assert.Contains("b-kunde@example.org", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("a-kundin@example.org", csv, StringComparison.Ordinal);
        Assert.DoesNotContain($"/reservierungen/{fixture.AtA.Id}\"", list, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ShopPostPaths))]
    public async Task ShopPost_OtherShopsReservation_Is404AndChangesNothing(string path)
    {
        using var client = await App.CreateClientSignedInAsAsync(App.MemberOfB);
        var token = await client.AntiforgeryTokenAsync($"/betrieb/{App.ListingB}/reservierungen/{fixture.AtB.Id}");
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["PickupDate"] = "2026-06-03", ["PickupFrom"] = "10:00", ["PickupUntil"] = "12:00", ["Note"] = "x",
        };

        var viaOtherListing = await client.PostAsync(Fill(path, App.ListingA, fixture.AtA.Id), new FormUrlEncodedContent(form));
        var viaOwnListing = await client.PostAsync(Fill(path, App.ListingB, fixture.AtA.Id), new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.NotFound, viaOtherListing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, viaOwnListing.StatusCode);
        Assert.Equal(ReservationStatus.Requested, (await App.ReservationAsync(fixture.AtA.Id)).Status);
    }

    [Theory]
    [MemberData(nameof(ShopGetPaths))]
    public async Task ShopGet_Anonymous_GoesToSignIn(string path)
    {
        using var client = App.CreateCookieClient();

        var response = await client.GetAsync(Fill(path, App.ListingA, fixture.AtA.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/konto/anmelden", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResidentGet_MadeUpOrAlteredLink_Is404()
    {
        using var client = App.CreateCookieClient();
        var altered = fixture.AtA.Token[..^1] + (fixture.AtA.Token[^1] == 'A' ? 'B' : 'A');

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reservierung/{altered}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reservierung/{fixture.AtA.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/reservierung/" + new string('A', 43))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/reservierung/..%2F..%2Fetc")).StatusCode);
    }

    [Fact]
    public async Task ResidentGet_OwnLink_ShowsOnlyOwnReservation()
    {
        using var client = App.CreateCookieClient();

        var page = await client.GetStringAsync($"/reservierung/{fixture.AtB.Token}");

        Assert.Contains("Apfelkuchen", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Roggenbrot", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ResidentPostSuffixes))]
    public async Task ResidentPost_AlteredLinkOrId_Is404AndChangesNothing(string suffix)
    {
        using var client = App.CreateCookieClient();
        var antiforgery = await client.AntiforgeryTokenAsync($"/reservierung/{fixture.AtB.Token}");
        var form = new FormUrlEncodedContent([new("__RequestVerificationToken", antiforgery)]);
        var altered = fixture.AtA.Token[..^2] + (fixture.AtA.Token[^2..] == "xx" ? "yy" : "xx");

        var byAltered = await client.PostAsync($"/reservierung/{altered}{suffix}", form);
        var byId = await client.PostAsync($"/reservierung/{fixture.AtA.Id}{suffix}", form);

        Assert.Equal(HttpStatusCode.NotFound, byAltered.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Equal(ReservationStatus.Requested, (await App.ReservationAsync(fixture.AtA.Id)).Status);
    }

    private static string Fill(string path, int listingId, int reservationId) =>
        path.Replace("{L}", listingId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{R}", reservationId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
