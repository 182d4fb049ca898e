using System.Net;
using HalloBot.Domain.Categories;
using HalloBot.Domain.Districts;
using HalloBot.Domain.Listings;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Admin;

/// <summary>Every admin endpoint: the anonymous are sent to sign in, members get 403, staff get the page.</summary>
public sealed class AdminAccessTests(AdminAccessTests.App app) : IClassFixture<AdminAccessTests.App>
{
    public static readonly TheoryData<string> Pages =
    [
        "/verwaltung",
        "/verwaltung/status",
        "/verwaltung/kategorien",
        "/verwaltung/kategorien/{category}",
        "/verwaltung/stadtteile",
        "/verwaltung/stadtteile/{district}",
        "/verwaltung/mitglieder",
        "/verwaltung/mitglieder?q=laden",
        "/verwaltung/mitglieder/{member}",
        "/verwaltung/austausch",
        "/verwaltung/austausch/export",
        "/verwaltung/jobs",
        "/verwaltung/jobs/recurring",
    ];

    public static readonly TheoryData<string> Changes =
    [
        "/verwaltung/kategorien",
        "/verwaltung/kategorien/{category}/umbenennen",
        "/verwaltung/kategorien/{category}/zusammenfuehren",
        "/verwaltung/kategorien/{category}/loeschen",
        "/verwaltung/stadtteile",
        "/verwaltung/stadtteile/{district}/umbenennen",
        "/verwaltung/stadtteile/{district}/zusammenfuehren",
        "/verwaltung/stadtteile/{district}/loeschen",
        "/verwaltung/mitglieder/{member}/eintraege",
        "/verwaltung/mitglieder/{member}/eintraege/{listing}/entfernen",
        "/verwaltung/mitglieder/{member}/mitarbeit",
        "/verwaltung/mitglieder/{member}/entsperren",
        "/verwaltung/austausch/import",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_Anonymous_RedirectsToSignIn(string page)
    {
        var response = await app.CreateCookieClient().GetAsync(await app.UrlAsync(page));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/konto/anmelden?ReturnUrl=", response.Headers.Location!.ToString());
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_SignedInMember_Forbidden(string page)
    {
        var client = await app.MemberClientAsync();

        var response = await client.GetAsync(await app.UrlAsync(page));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_Staff_Succeeds(string page)
    {
        var (client, _) = await app.StaffAsync();

        var response = await client.GetAsync(await app.UrlAsync(page));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Post_Anonymous_RedirectsToSignInAndChangesNothing(string change)
    {
        var before = await app.SnapshotAsync();

        var response = await app.CreateCookieClient().PostAsync(await app.UrlAsync(change), Form());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/konto/anmelden?ReturnUrl=", response.Headers.Location!.ToString());
        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Post_SignedInMember_ForbiddenAndChangesNothing(string change)
    {
        var client = await app.MemberClientAsync();
        var before = await app.SnapshotAsync();

        // The staff check comes before the antiforgery check, so the answer is 403 whatever the token.
        var response = await client.PostAsync(await app.UrlAsync(change), Form());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Fact]
    public async Task Post_StaffWithoutAntiforgeryToken_RefusedAndChangesNothing()
    {
        var (client, _) = await app.StaffAsync();
        var before = await app.SnapshotAsync();

        var response = await client.PostAsync("/verwaltung/kategorien", new FormUrlEncodedContent([new("name", "Ohne Token")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await app.SnapshotAsync());
    }

    private static FormUrlEncodedContent Form() => new(
    [
        new("name", "Übernommen"),
        new("ziel", "1"),
        new("eintrag", "1"),
        new("mitarbeit", "true"),
    ]);

    public sealed class App : AdminApp
    {
        private (int Category, int District, int Listing, string Member)? _ids;

        public async Task<string> UrlAsync(string template)
        {
            var ids = _ids ??= await SeedOnceAsync();
            return template
                .Replace("{category}", ids.Category.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{district}", ids.District.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{listing}", ids.Listing.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{member}", ids.Member, StringComparison.Ordinal);
        }

        /// <summary>Everything a refused change could have touched.</summary>
        public Task<string> SnapshotAsync() => QueryAsync(async db =>
            string.Join("|", await db.Categories.OrderBy(c => c.Id).Select(c => c.Name).ToListAsync())
            + "#" + string.Join("|", await db.Districts.OrderBy(d => d.Id).Select(d => d.Name).ToListAsync())
            + "#" + await db.Listings.CountAsync()
            + "#" + string.Join("|", await db.ListingMemberships.OrderBy(m => m.Id).Select(m => m.ListingId + m.MemberId).ToListAsync())
            + "#" + await db.UserRoles.CountAsync()
            + "#" + string.Join("|", await db.Users.OrderBy(u => u.Id).Select(u => u.Id + u.SecurityStamp).ToListAsync()));

        private async Task<(int, int, int, string)> SeedOnceAsync()
        {
            var bakery = new Category("Bäckerei");
            var cafe = new Category("Café");
            var kirchhellen = new District("Kirchhellen");
            var listing = TestData.Listing("Bäckerei Kortmann", [bakery], district: kirchhellen);
            await SeedAsync(db =>
            {
                db.AddRange(bakery, cafe, kirchhellen, new District("Stadtmitte"), listing);
                return Task.CompletedTask;
            });
            var member = await this.CreateMemberAsync("inhaber@kortmann.de", staff: false, listing.Id);
            return (bakery.Id, kirchhellen.Id, listing.Id, member.Id);
        }
    }
}
