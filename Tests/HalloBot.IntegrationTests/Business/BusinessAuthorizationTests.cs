using System.Net;
using HalloBot.Domain.Accounts;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Business;

/// <summary>Shares one site: every request here is refused, or changes only what its own test checks.</summary>
public sealed class BusinessAppFixture : IAsyncLifetime
{
    public BusinessApp App { get; private set; } = null!;
    public Member MemberOfA { get; private set; } = null!;
    public Member Staff { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await BusinessApp.StartAsync();
        MemberOfA = await App.CreateMemberAsync("anna@example.org", false, App.ListingA);
        Staff = await App.CreateMemberAsync("amt@example.org", staff: true);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>
/// Every private or changing business endpoint: a member of business A gets 404 (never success) on business B,
/// a member gets 403 on staff pages, anonymous users are sent to the sign-in page, staff get through.
/// </summary>
public sealed class BusinessAuthorizationTests(BusinessAppFixture fixture) : IClassFixture<BusinessAppFixture>
{
    private BusinessApp App => fixture.App;

    public static TheoryData<string> PrivateGetPaths => ["/betrieb/{B}/bearbeiten", "/betrieb/{B}/verlauf", "/betrieb/{B}/mitglieder"];

    public static TheoryData<string> ListingPostPaths =>
        ["/betrieb/{B}/bearbeiten", "/betrieb/{B}/mitglieder/einladen", "/betrieb/{B}/mitglieder/verlassen"];

    public static TheoryData<string> StaffPostPaths => ["/verwaltung/pruefung/1/annehmen", "/verwaltung/pruefung/1/ablehnen"];

    public static TheoryData<string> SignedInOnlyPaths =>
        ["/betrieb", "/betrieb/neu", "/betrieb/beanspruchen/cafe-berta", "/betrieb/{B}/bearbeiten", "/betrieb/{B}/verlauf", "/betrieb/{B}/mitglieder", "/verwaltung/pruefung"];

    public static TheoryData<string> SignedInOnlyPostPaths =>
    [
        "/betrieb/neu", "/betrieb/beanspruchen/cafe-berta", "/betrieb/{B}/bearbeiten", "/betrieb/{B}/mitglieder/einladen",
        "/betrieb/{B}/mitglieder/verlassen", "/verwaltung/pruefung/1/annehmen", "/verwaltung/pruefung/1/ablehnen",
        "/einladung/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    ];

    [Theory]
    [MemberData(nameof(PrivateGetPaths))]
    public async Task Get_MemberOfOtherBusiness_NotFound(string path)
    {
        var client = await App.CreateClientSignedInAsAsync(fixture.MemberOfA);

        var response = await client.GetAsync(Resolve(path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Café Berta", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PrivateGetPaths))]
    public async Task Get_MemberOfOwnBusiness_Succeeds(string path)
    {
        var client = await App.CreateClientSignedInAsAsync(fixture.MemberOfA);

        var response = await client.GetAsync(path.Replace("{B}", App.ListingA.ToString(), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bäckerei Anton", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ListingPostPaths))]
    public async Task Post_MemberOfOtherBusiness_NotFoundAndNothingChanged(string path)
    {
        var client = await App.CreateClientSignedInAsAsync(fixture.MemberOfA);
        // A valid token of this member's own session: only the listing is wrong.
        var token = await client.AntiforgeryTokenAsync(BusinessApp.EditPath(App.ListingA));

        var response = await client.PostAsync(Resolve(path), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Name"] = "Gekapert",
            ["email"] = "boese@example.org",
        }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Café Berta", (await App.ListingAsync(App.ListingB)).Name);
        Assert.Equal(0, await App.QueryAsync(db => db.ListingChanges.CountAsync(c => c.ListingId == App.ListingB)));
        Assert.Equal(0, await App.QueryAsync(db => db.MembershipInvitations.CountAsync(i => i.ListingId == App.ListingB)));
    }

    [Theory]
    [MemberData(nameof(PrivateGetPaths))]
    public async Task Get_Staff_Succeeds(string path)
    {
        var client = await App.CreateClientSignedInAsAsync(fixture.Staff);

        var response = await client.GetAsync(Resolve(path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Café Berta", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewQueue_Member_Forbidden()
    {
        var client = await App.CreateClientSignedInAsAsync(fixture.MemberOfA);

        var response = await client.GetAsync("/verwaltung/pruefung");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(StaffPostPaths))]
    public async Task ReviewDecision_Member_ForbiddenAndNothingDecided(string path)
    {
        var client = await App.CreateClientSignedInAsAsync(fixture.MemberOfA);
        var token = await client.AntiforgeryTokenAsync(BusinessApp.EditPath(App.ListingA));

        var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["reason"] = "Nein",
        }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await App.QueryAsync(db => db.ListingRequests.CountAsync(r => r.DecidedAt != null)));
    }

    [Fact]
    public async Task ReviewQueue_Staff_Succeeds()
    {
        var client = await App.CreateClientSignedInAsAsync(fixture.Staff);

        var response = await client.GetAsync("/verwaltung/pruefung");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(SignedInOnlyPaths))]
    public async Task Get_Anonymous_RedirectsToSignIn(string path)
    {
        var client = App.CreateCookieClient();

        var response = await client.GetAsync(Resolve(path));

        AssertSignInRedirect(response, Resolve(path));
    }

    [Theory]
    [MemberData(nameof(SignedInOnlyPostPaths))]
    public async Task Post_Anonymous_RedirectsToSignIn(string path)
    {
        var client = App.CreateCookieClient();

        var response = await client.PostAsync(Resolve(path), new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "Gekapert" }));

        AssertSignInRedirect(response, Resolve(path));
        Assert.Equal("Café Berta", (await App.ListingAsync(App.ListingB)).Name);
    }

    private string Resolve(string path) => path.Replace("{B}", App.ListingB.ToString(), StringComparison.Ordinal);

    private static void AssertSignInRedirect(HttpResponseMessage response, string path)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("http://localhost/konto/anmelden?ReturnUrl=", location, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString(path), location, StringComparison.Ordinal);
    }
}
