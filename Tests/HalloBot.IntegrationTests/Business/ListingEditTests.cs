using System.Net;
using System.Text.Json;
using HalloBot.Domain.Accounts;
using HalloBot.Domain.Listings;
using HalloBot.IntegrationTests.Indexing;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Business;

public sealed class ListingEditTests
{
    [Fact]
    public async Task Save_MemberChangesFields_LiveAndAuditedWithOldAndNewValues()
    {
        await using var app = await BusinessApp.StartAsync();
        var member = await app.CreateMemberAsync("anna@example.org", false, app.ListingA);
        var client = await app.CreateClientSignedInAsAsync(member);

        var response = await FormPage.PostAsync(client, BusinessApp.EditPath(app.ListingA), "form.form", new Dictionary<string, string[]>
        {
            ["Phone"] = ["02041 12345"],
            ["Hours.Source"] = ["text"],
            ["Hours.Text"] = ["Mo-Sa 06:30-18:00; PH off"],
            ["Categories"] = [app.Cafe.ToString(), app.Bakery.ToString()],
            ["Features"] = ["card_payment", "delivery"],
            ["Wheelchair"] = ["limited"],
            ["HearingLoop"] = ["yes"],
            ["Latitude"] = ["51,5236"],
            ["Longitude"] = ["6,9285"],
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{BusinessApp.EditPath(app.ListingA)}?geaendert=8", response.Headers.Location!.OriginalString);
        var listing = await app.ListingAsync(app.ListingA);
        Assert.Equal("02041 12345", listing.Phone);
        Assert.Equal(["Café", "Bäckerei"], listing.OrderedCategories.Select(c => c.Name));
        Assert.Equal(ListingFeatures.Delivery | ListingFeatures.CardPayment, listing.Features);
        Assert.Equal(WheelchairAccess.Limited, listing.Accessibility.Wheelchair);
        Assert.True(listing.Accessibility.HearingLoop);
        Assert.Equal(new GeoPoint(51.5236, 6.9285), listing.Location);

        var changes = await app.QueryAsync(db => db.ListingChanges.AsNoTracking().Where(c => c.ListingId == app.ListingA).ToListAsync());
        Assert.Equal(
            ["categories", "features", "hearing_loop", "latitude", "longitude", "opening_hours", "phone", "wheelchair"],
            changes.Select(c => c.Field).Order(StringComparer.Ordinal));
        var hours = changes.Single(c => c.Field == "opening_hours");
        Assert.Equal("Mo-Fr 07:00-18:00", hours.OldValue);
        Assert.Equal("Mo-Sa 06:30-18:00; PH off", hours.NewValue);
        Assert.Equal("Bäckerei", changes.Single(c => c.Field == "categories").OldValue);
        Assert.Equal("Café|Bäckerei", changes.Single(c => c.Field == "categories").NewValue);
        Assert.Null(changes.Single(c => c.Field == "phone").OldValue);
        Assert.All(changes, c => Assert.Equal(member.Id, c.ActorMemberId));
        Assert.All(changes, c => Assert.Equal("anna", c.ActorName));
        Assert.All(changes, c => Assert.False(c.ByStaff));
        Assert.All(changes, c => Assert.Equal(HalloBotAppFactory.DefaultNow.UtcDateTime, c.ChangedAt));

        var publicPage = await app.CreateClient().GetStringAsync("/b/baeckerei-anton");
        Assert.Contains("02041 12345", publicPage, StringComparison.Ordinal);
        var trail = await client.GetStringAsync(BusinessApp.AuditPath(app.ListingA));
        Assert.Contains("Mo-Sa 06:30-18:00; PH off", trail, StringComparison.Ordinal);
        Assert.Contains("Mo-Fr 07:00-18:00", trail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_StaffEditsAnyListing_RecordedAsStaff()
    {
        await using var app = await BusinessApp.StartAsync();
        var staff = await app.CreateMemberAsync("amt@example.org", staff: true);
        var client = await app.CreateClientSignedInAsAsync(staff);

        var response = await FormPage.PostAsync(client, BusinessApp.EditPath(app.ListingB), "form.form", new Dictionary<string, string[]>
        {
            ["Description"] = ["Kaffee und Kuchen am Markt, telefonisch durchgegeben."],
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var change = await app.QueryAsync(db => db.ListingChanges.AsNoTracking().SingleAsync(c => c.ListingId == app.ListingB));
        Assert.Equal("description", change.Field);
        Assert.Null(change.OldValue);
        Assert.True(change.ByStaff);
        Assert.Equal(staff.Id, change.ActorMemberId);
        var trail = await client.GetStringAsync(BusinessApp.AuditPath(app.ListingB));
        Assert.Contains("Amt für Wirtschaftsförderung", trail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_NothingChanged_NoAuditRowsAndNoUpdate()
    {
        await using var app = await BusinessApp.StartAsync();
        var member = await app.CreateMemberAsync("anna@example.org", false, app.ListingA);
        var client = await app.CreateClientSignedInAsAsync(member);
        var before = await app.ListingAsync(app.ListingA);

        var response = await FormPage.PostAsync(client, BusinessApp.EditPath(app.ListingA), "form.form", new Dictionary<string, string[]>());

        Assert.Equal($"{BusinessApp.EditPath(app.ListingA)}?geaendert=0", response.Headers.Location!.OriginalString);
        Assert.Equal(before.UpdatedAt, (await app.ListingAsync(app.ListingA)).UpdatedAt);
        Assert.Equal(0, await app.QueryAsync(db => db.ListingChanges.CountAsync()));
    }

    [Fact]
    public async Task Save_Rename_NewSlugOldOneRedirectsAndSearchFindsNewName()
    {
        await using var app = await BusinessApp.StartAsync();
        var member = await app.CreateMemberAsync("anna@example.org", false, app.ListingA);
        var client = await app.CreateClientSignedInAsAsync(member);

        await FormPage.PostAsync(client, BusinessApp.EditPath(app.ListingA), "form.form", new Dictionary<string, string[]> { ["Name"] = ["Backstube Zollverein"] });

        var listing = await app.ListingAsync(app.ListingA);
        Assert.Equal("backstube-zollverein", listing.Slug);
        var anonymous = app.CreateNonRedirectingClient();
        var old = await anonymous.GetAsync("/b/baeckerei-anton");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/b/backstube-zollverein", old.Headers.Location!.OriginalString);
        var change = await app.QueryAsync(db => db.ListingChanges.AsNoTracking().SingleAsync(c => c.Field == "name"));
        Assert.Equal(("Bäckerei Anton", "Backstube Zollverein"), (change.OldValue, change.NewValue));

        await Eventually.HoldsAsync(async () => (await SearchSlugsAsync(anonymous, "Zollverein")).Contains("backstube-zollverein"), "the search finds the new name");
        Assert.DoesNotContain("baeckerei-anton", await SearchSlugsAsync(anonymous, "Anton"));
    }

    [Fact]
    public async Task Save_RenameToNameOfOtherListing_GetsAFreeSlug()
    {
        await using var app = await BusinessApp.StartAsync();
        var member = await app.CreateMemberAsync("anna@example.org", false, app.ListingA);
        var client = await app.CreateClientSignedInAsAsync(member);

        await FormPage.PostAsync(client, BusinessApp.EditPath(app.ListingA), "form.form", new Dictionary<string, string[]> { ["Name"] = ["Café Berta"] });

        Assert.Equal("cafe-berta-kirchhellen", (await app.ListingAsync(app.ListingA)).Slug);
        Assert.Equal("cafe-berta", (await app.ListingAsync(app.ListingB)).Slug);
    }

    private static async Task<List<string>> SearchSlugsAsync(HttpClient client, string query)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/search?q={Uri.EscapeDataString(query)}"));
        return [.. json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("slug").GetString()!)];
    }
}
