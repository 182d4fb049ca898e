using HalloBot.Domain.Accounts;
using HalloBot.Domain.Categories;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.IntegrationTests.Admin;

public sealed class MemberAdminTests(AdminApp app) : IClassFixture<AdminApp>
{
    [Fact]
    public async Task Index_Search_ListsMatchingMembersWithTheirState()
    {
        var (client, _) = await app.StaffAsync();
        var locked = await app.CreateMemberAsync("gesperrt.suche@example.org");
        await WithUsersAsync(u => u.SetLockoutEndDateAsync(u.Users.Single(m => m.Id == locked.Id), app.Clock.GetUtcNow().AddMinutes(10)));
        await app.CreateMemberAsync("andere@example.org");

        var page = await client.GetPageAsync("/verwaltung/mitglieder?q=SUCHE");

        var rows = page.QuerySelectorAll("tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal(["gesperrt.suche@example.org|gesperrt.suche|ja|ja|nein"], rows);
    }

    [Fact]
    public async Task Memberships_AddBySlugAndNumberThenRemove_StoredAndRefusalsExplained()
    {
        var (client, _) = await app.StaffAsync();
        var member = await app.CreateMemberAsync("inhaberin@radhaus.de");
        var listing = TestData.Listing("Radhaus Overbeck", [new Category("Fahrradladen")]);
        var second = TestData.Listing("Radhaus Filiale", [new Category("Fahrradwerkstatt")]);
        await app.SeedAsync(db =>
        {
            db.AddRange(listing, second);
            return Task.CompletedTask;
        });
        var url = $"/verwaltung/mitglieder/{member.Id}";

        var bySlug = await client.SubmitAsync(url, [new("eintrag", "https://hallo-bot.de/b/radhaus-overbeck")], "form[action$=eintraege]");
        Assert.Equal("Das Mitglied pflegt jetzt „Radhaus Overbeck“.", (await client.FollowAsync(bySlug)).Notice());
        var byNumber = await client.SubmitAsync(url, [new("eintrag", second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))], "form[action$=eintraege]");
        Assert.Equal("Das Mitglied pflegt jetzt „Radhaus Filiale“.", (await client.FollowAsync(byNumber)).Notice());
        var twice = await client.SubmitAsync(url, [new("eintrag", "radhaus-overbeck")], "form[action$=eintraege]");
        Assert.Equal(["Das Mitglied pflegt „Radhaus Overbeck“ schon."], (await twice.ParseAsync()).Errors());
        var unknown = await client.SubmitAsync(url, [new("eintrag", "gibt-es-nicht")], "form[action$=eintraege]");
        Assert.Equal(["Einen Eintrag mit dieser Nummer oder Adresse gibt es nicht."], (await unknown.ParseAsync()).Errors());
        var empty = await client.SubmitAsync(url, [new("eintrag", "")], "form[action$=eintraege]");
        Assert.Equal(["Bitte die Nummer oder Adresse eines Eintrags eingeben."], (await empty.ParseAsync()).Errors());

        var removed = await client.SubmitAsync(url, [], $"form[action$='eintraege/{listing.Id}/entfernen']");
        Assert.Equal("Das Mitglied pflegt „Radhaus Overbeck“ nicht mehr.", (await client.FollowAsync(removed)).Notice());
        Assert.Equal([second.Id], await app.QueryAsync(db => db.ListingMemberships.Where(m => m.MemberId == member.Id).Select(m => m.ListingId).ToListAsync()));
    }

    [Fact]
    public async Task SetStaff_OtherMember_GrantedAndRevoked()
    {
        var (client, _) = await app.StaffAsync();
        var member = await app.CreateMemberAsync("kollegin@bottrop.de");
        var url = $"/verwaltung/mitglieder/{member.Id}";

        var granted = await client.SubmitAsync(url, [], "form[action$=mitarbeit]");
        Assert.Equal("Das Mitglied hat jetzt Mitarbeiterrechte.", (await client.FollowAsync(granted)).Notice());
        Assert.True(await WithUsersAsync(u => u.IsInRoleAsync(u.Users.Single(m => m.Id == member.Id), Roles.Admin)));
        var stamp = await app.QueryAsync(db => db.Users.Where(u => u.Id == member.Id).Select(u => u.SecurityStamp).SingleAsync());

        var revoked = await client.SubmitAsync(url, [], "form[action$=mitarbeit]");
        Assert.Equal("Das Mitglied hat keine Mitarbeiterrechte mehr.", (await client.FollowAsync(revoked)).Notice());
        Assert.False(await WithUsersAsync(u => u.IsInRoleAsync(u.Users.Single(m => m.Id == member.Id), Roles.Admin)));
        Assert.NotEqual(stamp, await app.QueryAsync(db => db.Users.Where(u => u.Id == member.Id).Select(u => u.SecurityStamp).SingleAsync()));
    }

    [Fact]
    public async Task SetStaff_Yourself_RefusedAndStillStaff()
    {
        var (client, self) = await app.StaffAsync();
        var url = $"/verwaltung/mitglieder/{self.Id}";
        Assert.Null((await client.GetPageAsync(url)).QuerySelector("form[action$=mitarbeit]"));

        var response = await client.PostAsync($"{url}/mitarbeit", new FormUrlEncodedContent(
            [new("mitarbeit", "false"), new("__RequestVerificationToken", await client.AntiforgeryTokenAsync(url))]));

        Assert.Equal(["Die eigenen Mitarbeiterrechte kann man nicht ändern; bitten Sie eine Kollegin oder einen Kollegen."], (await response.ParseAsync()).Errors());
        Assert.True(await WithUsersAsync(u => u.IsInRoleAsync(u.Users.Single(m => m.Id == self.Id), Roles.Admin)));
    }

    [Fact]
    public async Task Unlock_LockedOutMember_CanSignInAgain()
    {
        var (client, _) = await app.StaffAsync();
        var member = await app.CreateMemberAsync("vertippt@example.org");
        await WithUsersAsync(async u =>
        {
            var m = u.Users.Single(x => x.Id == member.Id);
            await u.SetLockoutEndDateAsync(m, DateTimeOffset.UtcNow.AddMinutes(15));
            return await u.AccessFailedAsync(m);
        });

        var response = await client.SubmitAsync($"/verwaltung/mitglieder/{member.Id}", [], "form[action$=entsperren]");

        Assert.Equal("Die Sperre ist aufgehoben.", (await client.FollowAsync(response)).Notice());
        var state = await app.QueryAsync(db => db.Users.Where(u => u.Id == member.Id).Select(u => new { u.LockoutEnd, u.AccessFailedCount }).SingleAsync());
        Assert.Null(state.LockoutEnd);
        Assert.Equal(0, state.AccessFailedCount);
    }

    [Fact]
    public async Task Show_UnknownMember_NotFound()
    {
        var (client, _) = await app.StaffAsync();

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/verwaltung/mitglieder/kein-mitglied")).StatusCode);
    }

    private async Task<T> WithUsersAsync<T>(Func<UserManager<Member>, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserManager<Member>>());
    }
}
