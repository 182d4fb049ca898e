using HalloBot.Domain.Categories;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Mail;
using HalloBot.Domain.Outbox;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.Jobs.Indexing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.IntegrationTests.Admin;

public sealed class StatusPageTests
{
    [Fact]
    public async Task Index_OutboxIndexAndMail_NumbersMatchTheDatabase()
    {
        // No background work: the outbox stays as the test leaves it.
        await using var app = new QuietApp();
        await app.SeedAsync(db =>
        {
            var shop = new Category("Kiosk");
            for (var i = 1; i <= 5; i++)
            {
                db.Add(TestData.Listing($"Kiosk {i}", [shop]));
            }

            db.Add(TestData.Listing("Kiosk Entwurf", [shop], status: ListingStatus.Draft));
            return Task.CompletedTask;
        });
        var ids = await app.QueryAsync(db => db.Listings.OrderBy(l => l.Id).Select(l => l.Id).ToListAsync());

        // Two listings indexed by hand, as the job would; one row fails with an error; mails pending and rejected.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ListingIndexer>().SyncAsync(ids.Take(2).ToList(), CancellationToken.None);
        }

        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var processedAt = app.Clock.GetUtcNow().UtcDateTime;
        await app.QueryAsync(db => db.OutboxMessages.Where(m => m.EntityId == ids[0] || m.EntityId == ids[1])
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, processedAt)));
        await app.QueryAsync(db => db.OutboxMessages.Where(m => m.EntityId == ids[2])
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, 3).SetProperty(m => m.LastError, "TimeoutException: der Index antwortet nicht")));
        await app.SeedAsync(db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            db.Add(new OutgoingMail("a", "account.confirm", "wartet@example.org", "de", "Bitte bestätigen", "Text", null, now));
            var rejected = new OutgoingMail("b", "account.confirm", "reject-me@example.org", "de", "Willkommen", "Text", null, now);
            rejected.MarkRejected("550 mailbox unavailable");
            db.Add(rejected);
            return Task.CompletedTask;
        });
        // The outbox dates its rows by the system clock; set them to the test's clock.
        var listingsQueued = HalloBotAppFactory.DefaultNow.UtcDateTime;
        var mailsQueued = processedAt;
        await app.QueryAsync(db => db.OutboxMessages.Where(m => m.Kind == OutboxMessageKind.IndexListing).ExecuteUpdateAsync(s => s.SetProperty(m => m.CreatedAt, listingsQueued)));
        await app.QueryAsync(db => db.OutboxMessages.Where(m => m.Kind == OutboxMessageKind.SendMail).ExecuteUpdateAsync(s => s.SetProperty(m => m.CreatedAt, mailsQueued)));
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var (client, _) = await app.StaffAsync();

        var page = await client.GetPageAsync("/verwaltung/status");

        var pending = await app.QueryAsync(db => db.OutboxMessages.Where(m => m.ProcessedAt == null).GroupBy(m => m.Kind)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key.ToString(), g => g.Count));
        Assert.Equal(new Dictionary<string, int> { ["IndexListing"] = 4, ["SendMail"] = 2 }, pending);
        Assert.Equal("6", page.Text("#ausstehend-gesamt"));
        var byKind = page.QuerySelectorAll("#ausstehend tbody tr").ToDictionary(
            r => r.GetAttribute("data-kind")!, r => r.Children.Select(c => c.TextContent.Trim()).ToList());
        Assert.Equal(["Eintrag indexieren", "4", "2026-06-01 10:00:00", "00:07:00"], byKind["IndexListing"]);
        Assert.Equal(["E-Mail senden", "2", "2026-06-01 10:05:00", "00:02:00"], byKind["SendMail"]);
        Assert.Equal("2026-06-01 10:05:00", page.Text("#zuletzt-erledigt"));
        Assert.Equal("2026-06-01 10:05:00", page.Text("#zuletzt-indexiert"));
        var failed = page.QuerySelectorAll("#fehlgeschlagen tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).Single();
        Assert.Equal(["Eintrag indexieren", ids[2].ToString(System.Globalization.CultureInfo.InvariantCulture), "3", "2026-06-01 10:00:00", "TimeoutException: der Index antwortet nicht"], failed);
        Assert.Equal("2", page.Text("#index-dokumente"));
        Assert.Equal("5", page.Text("#veroeffentlichte-eintraege"));
        Assert.NotNull(page.QuerySelector(".admin-state--warning"));
        Assert.Equal("1", page.Text("#mails-ausstehend"));
        Assert.Equal("1", page.Text("#mails-abgewiesen"));
        Assert.Equal(["reject-me@example.org", "Willkommen"], page.QuerySelectorAll("#abgewiesen tbody tr > *").Take(2).Select(c => c.TextContent.Trim()));
    }

    private sealed class QuietApp() : AdminApp(quiet: true);
}
