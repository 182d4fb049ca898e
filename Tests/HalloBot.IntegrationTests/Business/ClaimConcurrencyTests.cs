using HalloBot.Domain.Accounts;
using HalloBot.Domain.Persistence;
using HalloBot.Domain.Reviews;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.Web.Features.Business;
using HalloBot.Web.Features.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.IntegrationTests.Business;

/// <summary>
/// Two claims or two decisions of the same request at the same moment: the database lets one through, the other is
/// told what happened, and nothing is doubled (no second request, membership or mail).
/// </summary>
public sealed class ClaimConcurrencyTests
{
    private const string SiteRoot = "http://localhost";

    [Fact]
    public async Task ClaimAsync_SameMemberTwiceAtOnce_OneRequestAndOneStaffMail()
    {
        await using var app = await BusinessApp.StartAsync();
        var member = await app.CreateMemberAsync("berta@example.org");

        var states = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => ClaimAsync(app, member)));

        Assert.Equal([ClaimState.Submitted, ClaimState.AlreadyPending], states.Order());
        Assert.Equal(1, await app.QueryAsync(db => db.ListingRequests.CountAsync()));
        Assert.Single(await app.MailsToAsync("wirtschaftsfoerderung@bottrop.example"));
    }

    [Fact]
    public async Task SaveChanges_SecondPendingRequestOfSameMemberAndListing_RefusedByTheDatabase()
    {
        await using var app = await BusinessApp.StartAsync();
        var member = await app.CreateMemberAsync("berta@example.org");
        await AddRequestAsync(app, member.Id);

        var second = await Assert.ThrowsAsync<DbUpdateException>(() => AddRequestAsync(app, member.Id));

        Assert.Contains("UNIQUE", second.InnerException?.Message ?? "", StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(db => db.ListingRequests.CountAsync()));
    }

    [Fact]
    public async Task SaveChanges_NewRequestAfterTheFirstWasDecided_Accepted()
    {
        await using var app = await BusinessApp.StartAsync();
        var member = await app.CreateMemberAsync("berta@example.org");
        var first = await AddRequestAsync(app, member.Id);
        await app.SeedAsync(async db => (await db.ListingRequests.SingleAsync(r => r.Id == first)).Reject("staff", "Bitte Nachweis", DateTime.UtcNow));

        await AddRequestAsync(app, member.Id);

        Assert.Equal(2, await app.QueryAsync(db => db.ListingRequests.CountAsync()));
    }

    [Fact]
    public async Task SaveChanges_TwoStaffDecideTheSameLoadedRequest_SecondRefused()
    {
        await using var app = await BusinessApp.StartAsync();
        var member = await app.CreateMemberAsync("berta@example.org");
        var requestId = await AddRequestAsync(app, member.Id);
        await using var scopeA = app.Services.CreateAsyncScope();
        await using var scopeB = app.Services.CreateAsyncScope();
        var dbA = scopeA.ServiceProvider.GetRequiredService<HalloBotDbContext>();
        var dbB = scopeB.ServiceProvider.GetRequiredService<HalloBotDbContext>();
        var seenByA = await dbA.ListingRequests.SingleAsync(r => r.Id == requestId);
        var seenByB = await dbB.ListingRequests.SingleAsync(r => r.Id == requestId);

        seenByA.Approve("staff-a", null, DateTime.UtcNow);
        await dbA.SaveChangesAsync();
        seenByB.Reject("staff-b", "Kein Nachweis", DateTime.UtcNow);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => dbB.SaveChangesAsync());
        var stored = await app.QueryAsync(db => db.ListingRequests.AsNoTracking().SingleAsync(r => r.Id == requestId));
        Assert.Equal((ListingRequestStatus.Approved, "staff-a"), (stored.Status, stored.DecidedByMemberId));
    }

    [Fact]
    public async Task ApproveAsync_TwoStaffAtOnce_OneDecisionOneMembershipOneMail()
    {
        await using var app = await BusinessApp.StartAsync();
        var member = await app.CreateMemberAsync("berta@example.org");
        var staffA = await app.CreateMemberAsync("amt-a@example.org", staff: true);
        var staffB = await app.CreateMemberAsync("amt-b@example.org", staff: true);
        var requestId = await AddRequestAsync(app, member.Id);

        var outcomes = await Task.WhenAll(DecideAsync(app, staffA, requestId, approve: true), DecideAsync(app, staffB, requestId, approve: false));

        Assert.Equal([ReviewOutcome.Done, ReviewOutcome.AlreadyDecided], outcomes.Order());
        var stored = await app.QueryAsync(db => db.ListingRequests.AsNoTracking().SingleAsync(r => r.Id == requestId));
        var memberships = await app.QueryAsync(db => db.ListingMemberships.CountAsync(m => m.MemberId == member.Id));
        Assert.Equal(stored.Status == ListingRequestStatus.Approved ? 1 : 0, memberships);
        Assert.Single(await app.MailsToAsync("berta@example.org"));
    }

    private static async Task<ClaimState> ClaimAsync(BusinessApp app, Member member)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HalloBotDbContext>();
        var current = await CurrentAsync(db, member);
        var page = await scope.ServiceProvider.GetRequiredService<ClaimService>().ClaimAsync("cafe-berta", "Inhaberin", current, SiteRoot, CancellationToken.None);
        return page!.State;
    }

    private static async Task<ReviewOutcome> DecideAsync(BusinessApp app, Member staff, int requestId, bool approve)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HalloBotDbContext>();
        var current = (await CurrentAsync(db, staff)) with { IsStaff = true };
        var reviews = scope.ServiceProvider.GetRequiredService<ReviewService>();
        return approve
            ? await reviews.ApproveAsync(requestId, current, SiteRoot, CancellationToken.None)
            : await reviews.RejectAsync(requestId, "Kein Nachweis", current, SiteRoot, CancellationToken.None);
    }

    private static async Task<CurrentMember> CurrentAsync(HalloBotDbContext db, Member member)
    {
        var stored = await db.Users.AsNoTracking().SingleAsync(m => m.Id == member.Id);
        return new CurrentMember(stored.Id, stored.DisplayName, stored.Email!, false);
    }

    private static async Task<int> AddRequestAsync(BusinessApp app, string memberId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HalloBotDbContext>();
        var listing = await db.Listings.SingleAsync(l => l.Id == app.ListingB);
        var request = new ListingRequest(ListingRequestKind.Claim, listing, memberId, "Inhaberin", DateTime.UtcNow);
        db.ListingRequests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    }
}
