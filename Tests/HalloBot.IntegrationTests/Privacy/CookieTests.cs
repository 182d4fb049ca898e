using System.Net;
using HalloBot.Domain.Offers;
using HalloBot.IntegrationTests.Business;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.IntegrationTests.Operations;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace HalloBot.IntegrationTests.Privacy;

/// <summary>
/// No cookie before it is needed (§ 25 TDDDG): reading and searching set none, a page with a form sets only the
/// antiforgery cookie, and in production every cookie the site sets is Secure, HttpOnly and SameSite.
/// </summary>
public sealed class CookieTests
{
    [Fact]
    public async Task PublicPages_AnonymousVisitor_SetNoCookie()
    {
        await using var app = await BusinessApp.StartAsync();
        var offerId = await AddOfferAsync(app);
        var (listing, category, district) = await app.QueryAsync(async db => (
            (await db.Listings.SingleAsync(l => l.Id == app.ListingA)).Slug,
            (await db.Categories.SingleAsync(c => c.Id == app.Bakery)).Slug,
            (await db.Districts.SingleAsync(d => d.Id == app.Kirchhellen)).Slug));
        using var client = app.CreateClient();

        string[] paths =
        [
            "/", "/suche", "/suche?q=b%C3%A4ckerei", $"/b/{listing}", $"/kategorie/{category}", $"/stadtteil/{district}",
            $"/b/{listing}/angebote/{offerId}", "/mitgestalten", "/impressum", "/datenschutz", "/api/v1/search?q=kiosk",
        ];
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            Assert.False(response.Headers.TryGetValues(HeaderNames.SetCookie, out var cookies), $"{path} set {string.Join("; ", cookies ?? [])}");
        }
    }

    [Fact]
    public async Task FormPages_AnonymousVisitor_SetOnlyTheAntiforgeryCookie()
    {
        await using var app = await BusinessApp.StartAsync();
        var offerId = await AddOfferAsync(app);

        foreach (var path in new[] { "/konto/anmelden", "/konto/registrieren", "/barrierefreiheit", $"/reservieren/{offerId}" })
        {
            // A new visitor each time: a client that kept the cookie would not be given it again.
            using var client = app.CreateClient();
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            var cookies = SetCookies(response);
            var cookie = Assert.Single(cookies);
            Assert.StartsWith(".AspNetCore.Antiforgery.", cookie.Name.Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Cookies_Production_AuthAntiforgeryAndTempDataAreSecureHttpOnlyAndSameSite()
    {
        await using var app = new OperationsApp("Production");
        var member = await app.CreateMemberAsync("cookie.test@example.org");
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var seen = new Dictionary<string, SetCookieHeaderValue>();

        var form = await client.GetAsync(new Uri("/konto/anmelden", UriKind.Relative));
        Collect(form, seen);
        var signIn = await client.SubmitAsync("/konto/anmelden", [KeyValuePair.Create("Email", member.Email!), KeyValuePair.Create("Password", TestAccounts.Password)], "main form");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Collect(signIn, seen);
        var saved = await client.SubmitAsync("/konto", [KeyValuePair.Create("DisplayName", "Keks"), KeyValuePair.Create("Language", "de")], "main form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Collect(saved, seen);

        Assert.Contains("hallobot.auth", seen.Keys);
        Assert.Contains(".AspNetCore.Mvc.CookieTempDataProvider", seen.Keys);
        Assert.Contains(seen.Keys, k => k.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.All(seen, pair =>
        {
            Assert.True(pair.Value.Secure, $"{pair.Key} is not Secure");
            Assert.True(pair.Value.HttpOnly, $"{pair.Key} is not HttpOnly");
            Assert.Contains(pair.Value.SameSite, new[] { SameSiteMode.Lax, SameSiteMode.Strict });
        });
    }

    private static void Collect(HttpResponseMessage response, Dictionary<string, SetCookieHeaderValue> seen)
    {
        foreach (var cookie in SetCookies(response).Where(c => !string.IsNullOrEmpty(c.Value.Value)))
        {
            seen[cookie.Name.Value!] = cookie;
        }
    }

    private static List<SetCookieHeaderValue> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues(HeaderNames.SetCookie, out var values) ? [.. SetCookieHeaderValue.ParseList([.. values])] : [];

    private static async Task<int> AddOfferAsync(BusinessApp app)
    {
        var offer = new Offer(app.ListingA, "Roggenbrot", OfferPrice.Fixed(450), DateOnly.FromDateTime(HalloBotAppFactory.DefaultNow.UtcDateTime), HalloBotAppFactory.DefaultNow.UtcDateTime)
        {
            IsReservable = true,
        };
        await app.SeedAsync(db =>
        {
            db.Offers.Add(offer);
            return Task.CompletedTask;
        });
        return offer.Id;
    }
}
