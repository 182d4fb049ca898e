using HalloBot.Domain.Accounts;
using HalloBot.Domain.Businesses;
using HalloBot.Domain.Mail;
using HalloBot.Domain.Reviews;
using HalloBot.IntegrationTests.Business;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.IntegrationTests.Operations;
using HalloBot.Jobs.Mail;
using HalloBot.Jobs.Retention;
using HalloBot.Web.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.IntegrationTests.Privacy;

/// <summary>
/// The daily retention jobs on the real database with the clock moved on: each erases what is due, keeps what is not,
/// and the mail queue still sends a notification once after its mail was erased.
/// </summary>
public sealed class RetentionJobTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task MailRetention_SentMailsOlderThan30Days_LoseAddressAndTextButStillDeduplicate()
    {
        // Mails cannot be delivered here (the pickup folder is a file), so a queued one stays pending.
        var blocker = Path.Combine(Path.GetTempPath(), $"privacy7-blocker-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(blocker, "not a folder");
        try
        {
            await using var app = new OperationsApp(settings: new Dictionary<string, string> { ["HalloBot:Mail:PickupDirectory"] = blocker });
            var start = app.Clock.GetUtcNow().UtcDateTime;
            await app.SeedAsync(db =>
            {
                var sent = new OutgoingMail("feedback.status:7:erika@example.org", "feedback.status", "erika@example.org", "de", "Ihre Rückmeldung", "Hallo Erika", "<p>Hallo Erika</p>", start)
                {
                    UnsubscribeUrl = "https://example.org/mail/abbestellen/geheim",
                };
                sent.MarkSent(start);
                var report = new OutgoingMail("barrier-report:1", "barrier-report", "buergerbuero@example.org", "de", "Barriere gemeldet", "Der Knopf ist zu klein.", null, start)
                {
                    ReplyTo = "ruth@example.org",
                };
                report.MarkSent(start);
                var refused = new OutgoingMail("account.confirm:x:1", "account.confirm", "reject@example.org", "de", "Bestätigen", "Link", null, start);
                refused.MarkRejected("550 reject@example.org unknown");
                db.OutgoingMails.AddRange(sent, report, refused, new OutgoingMail("pending:1", "test", "paul@example.org", "de", "Wartet", "Hallo Paul", null, start));
                return Task.CompletedTask;
            });

            app.Clock.AdjustTime(app.Clock.GetUtcNow() + TimeSpan.FromDays(30) - Minute);
            Assert.Equal(0, await RunAsync<MailRetentionJob, int>(app, j => j.ExecuteAsync(CancellationToken.None)));

            app.Clock.AdjustTime(app.Clock.GetUtcNow() + (2 * Minute));
            Assert.Equal(3, await RunAsync<MailRetentionJob, int>(app, j => j.ExecuteAsync(CancellationToken.None)));

            var mails = await app.QueryAsync(db => db.OutgoingMails.AsNoTracking().OrderBy(m => m.Id).ToListAsync());
            var erased = mails.Where(m => m.Status != MailStatus.Pending).ToList();
            Assert.Equal(3, erased.Count);
            Assert.All(erased, m =>
            {
                Assert.Equal(("", null, "", "", null, null, null), (m.Recipient, m.ReplyTo, m.Subject, m.TextBody, m.HtmlBody, m.UnsubscribeUrl, m.LastError));
                Assert.StartsWith(RetainedMailKey.Prefix, m.DeduplicationKey, StringComparison.Ordinal);
            });
            Assert.Equal(["feedback.status", "barrier-report", "account.confirm"], erased.Select(m => m.Kind));
            var pending = Assert.Single(mails, m => m.Status == MailStatus.Pending);
            Assert.Equal(("paul@example.org", "Hallo Paul", "pending:1"), (pending.Recipient, pending.TextBody, pending.DeduplicationKey));

            // A retried notification still finds its mail: no second copy.
            var again = new OutgoingMail("feedback.status:7:erika@example.org", "feedback.status", "erika@example.org", "de", "Ihre Rückmeldung", "Hallo Erika", null, start);
            Assert.False(await RunAsync<MailQueue, bool>(app, q => q.QueueAsync(again, CancellationToken.None)));
            var other = new OutgoingMail("feedback.status:8:erika@example.org", "feedback.status", "erika@example.org", "de", "Neu", "Hallo Erika", null, start);
            Assert.True(await RunAsync<MailQueue, bool>(app, q => q.QueueAsync(other, CancellationToken.None)));
            // Erased once, not again: a second run finds nothing.
            Assert.Equal(0, await RunAsync<MailRetentionJob, int>(app, j => j.ExecuteAsync(CancellationToken.None)));
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    [Fact]
    public async Task UnconfirmedAccountCleanup_After7Days_DeletesNeverConfirmedAccountsOnly()
    {
        await using var app = await BusinessApp.StartAsync();
        var confirmed = await app.CreateMemberAsync("bestaetigt@example.org");
        var unconfirmed = await CreateUnconfirmedAsync(app, "nie.bestaetigt@example.org", admin: false);
        var admin = await CreateUnconfirmedAsync(app, "admin.ohne.passwort@example.org", admin: true);
        await app.SeedAsync(db =>
        {
            db.OutgoingMails.Add(new OutgoingMail($"account.confirm:{unconfirmed}:1", "account.confirm", "nie.bestaetigt@example.org", "de", "Bitte bestätigen", "Link", null, app.Clock.GetUtcNow().UtcDateTime));
            return Task.CompletedTask;
        });

        app.Clock.AdjustTime(app.Clock.GetUtcNow() + TimeSpan.FromDays(7) - Minute);
        Assert.Equal(0, await RunAsync<UnconfirmedAccountCleanupJob, int>(app, j => j.ExecuteAsync(CancellationToken.None)));
        app.Clock.AdjustTime(app.Clock.GetUtcNow() + (2 * Minute));
        Assert.Equal(1, await RunAsync<UnconfirmedAccountCleanupJob, int>(app, j => j.ExecuteAsync(CancellationToken.None)));

        var left = await app.QueryAsync(db => db.Users.Select(u => u.Id).ToListAsync());
        Assert.Equal(new[] { confirmed.Id, admin }.Order(), left.Order());
        Assert.False(await app.QueryAsync(db => db.OutgoingMails.AnyAsync(m => m.Recipient == "nie.bestaetigt@example.org")));
    }

    [Fact]
    public async Task InvitationRetention_30DaysAfterExpiryOrAcceptance_DeletesThemAndKeepsOpenOnes()
    {
        await using var app = await BusinessApp.StartAsync();
        var inviter = await app.CreateMemberAsync("inhaberin@example.org", false, app.ListingA);
        var start = app.Clock.GetUtcNow().UtcDateTime;
        await app.SeedAsync(db =>
        {
            var accepted = new MembershipInvitation(app.ListingA, "angenommen@example.org", "hash-accepted", inviter.Id, start);
            accepted.Accept(inviter.Id, start);
            db.MembershipInvitations.AddRange(accepted, new MembershipInvitation(app.ListingA, "verfallen@example.org", "hash-expired", inviter.Id, start));
            return Task.CompletedTask;
        });

        // The accepted one is due 30 days after acceptance, the unaccepted one 30 days after its 14 days ran out.
        app.Clock.AdjustTime(app.Clock.GetUtcNow() + TimeSpan.FromDays(30) + Minute);
        await app.SeedAsync(db =>
        {
            db.MembershipInvitations.Add(new MembershipInvitation(app.ListingA, "neu@example.org", "hash-new", inviter.Id, app.Clock.GetUtcNow().UtcDateTime));
            return Task.CompletedTask;
        });
        Assert.Equal(1, await RunAsync<InvitationRetentionJob, int>(app, j => j.ExecuteAsync(CancellationToken.None)));
        Assert.Equal(["neu@example.org", "verfallen@example.org"], await EmailsAsync(app));

        app.Clock.AdjustTime(app.Clock.GetUtcNow() + TimeSpan.FromDays(14));
        Assert.Equal(1, await RunAsync<InvitationRetentionJob, int>(app, j => j.ExecuteAsync(CancellationToken.None)));
        Assert.Equal(["neu@example.org"], await EmailsAsync(app));
    }

    [Fact]
    public async Task RequestTextRetention_AYearAfterTheDecision_BlanksJustificationAndReasonOnly()
    {
        await using var app = await BusinessApp.StartAsync();
        var applicant = await app.CreateMemberAsync("antrag@example.org");
        var staff = await app.CreateMemberAsync("amt@example.org", staff: true);
        var start = app.Clock.GetUtcNow().UtcDateTime;
        await app.SeedAsync(async db =>
        {
            var listingA = await db.Listings.SingleAsync(l => l.Id == app.ListingA);
            var listingB = await db.Listings.SingleAsync(l => l.Id == app.ListingB);
            var decided = new ListingRequest(ListingRequestKind.Claim, listingA, applicant.Id, "Ich bin Anton Müller, Inhaber seit 1999.", start);
            decided.Reject(staff.Id, "Bitte Gewerbeschein schicken, Herr Müller.", start);
            db.ListingRequests.AddRange(decided, new ListingRequest(ListingRequestKind.Claim, listingB, applicant.Id, "Ich führe auch Café Berta.", start));
        });

        app.Clock.AdjustTime(app.Clock.GetUtcNow() + TimeSpan.FromDays(365) - Minute);
        Assert.Equal(0, await RunAsync<RequestTextRetentionJob, int>(app, j => j.ExecuteAsync(CancellationToken.None)));
        app.Clock.AdjustTime(app.Clock.GetUtcNow() + (2 * Minute));
        Assert.Equal(1, await RunAsync<RequestTextRetentionJob, int>(app, j => j.ExecuteAsync(CancellationToken.None)));

        var requests = await app.QueryAsync(db => db.ListingRequests.AsNoTracking().OrderBy(r => r.Id).ToListAsync());
        Assert.Equal(("", null, ListingRequestStatus.Rejected), (requests[0].Justification, requests[0].DecisionReason, requests[0].Status));
        Assert.Equal(("Ich führe auch Café Berta.", ListingRequestStatus.Pending), (requests[1].Justification, requests[1].Status));
    }

    [Fact]
    public async Task RetentionOptions_Configured_ChangeThePeriodAndInvalidOnesStopTheStart()
    {
        await using var app = new OperationsApp(settings: new Dictionary<string, string> { ["HalloBot:Retention:DecidedRequestDays"] = "30" });
        Assert.Equal(30, app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RetentionOptions>>().Value.DecidedRequestDays);
        Assert.Equal(30, new RetentionOptions().MailDays);

        await using var broken = new OperationsApp(settings: new Dictionary<string, string> { ["HalloBot:Retention:MailDays"] = "0" });
        var error = Assert.ThrowsAny<Exception>(() => broken.Services);
        Assert.Contains("MailDays", error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<string> CreateUnconfirmedAsync(BusinessApp app, string email, bool admin)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var member = new Member { UserName = email, Email = email, DisplayName = "Neu", CreatedAt = app.Clock.GetUtcNow().UtcDateTime };
        Assert.True((await users.CreateAsync(member, TestAccounts.Password)).Succeeded);
        if (admin)
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(Roles.Admin))
            {
                await roles.CreateAsync(new IdentityRole(Roles.Admin));
            }

            Assert.True((await users.AddToRoleAsync(member, Roles.Admin)).Succeeded);
        }

        return member.Id;
    }

    private static Task<List<string>> EmailsAsync(BusinessApp app) =>
        app.QueryAsync(db => db.MembershipInvitations.Select(i => i.Email).OrderBy(e => e).ToListAsync());

    private static async Task<TResult> RunAsync<TJob, TResult>(HalloBotAppFactory app, Func<TJob, Task<TResult>> run)
        where TJob : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetRequiredService<TJob>();
        var result = await run(job);
        if (job is MailQueue)
        {
            await scope.ServiceProvider.GetRequiredService<HalloBot.Domain.Persistence.HalloBotDbContext>().SaveChangesAsync();
        }

        return result;
    }
}
