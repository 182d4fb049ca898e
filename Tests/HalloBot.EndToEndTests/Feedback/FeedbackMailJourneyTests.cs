using System.Globalization;
using HalloBot.Domain.Accounts;
using HalloBot.Domain.Businesses;
using HalloBot.Domain.Categories;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Persistence;
using HalloBot.EndToEndTests.Infrastructure;
using HalloBot.Jobs.Mail;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using MimeKit;

namespace HalloBot.EndToEndTests.Feedback;

/// <summary>
/// The journey in a real browser against a real SMTP server, by keyboard alone: a member submits feedback →
/// the staff mail and the receipt arrive → another business votes → staff set "planned" with an answer → the sender
/// and the voter each receive exactly one mail with that answer → the public page shows it. axe on every page.
/// </summary>
public sealed class FeedbackMailJourneyTests(FeedbackMailJourneyTests.Site site) : IClassFixture<FeedbackMailJourneyTests.Site>
{
    private const string Answer = "Kommt im Frühjahr: ein Filter für Sonntagsöffnung.";

    [Fact]
    public async Task SubmitVoteAndAnswer_RealSmtp_EachRecipientGetsTheAnswerOnce()
    {
        var title = "Sonntags offen " + Guid.NewGuid().ToString("N")[..6];
        var staffAddress = site.Services.GetRequiredService<IOptions<MailOptions>>().Value.StaffAddress;

        int id;
        await using (var visit = await site.OpenSignedInAsync(site.Sender))
        {
            var page = visit.Page;
            await visit.GotoAsync("/mitgestalten/neu");
            Assert.Empty(await visit.AccessibilityViolationsAsync());
            await page.Locator("#Kind").FocusAsync();
            await page.Keyboard.PressAsync("ArrowDown");
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("ArrowDown");
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("Title", await page.EvaluateAsync<string>("document.activeElement.id"));
            await page.Keyboard.TypeAsync(title);
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.TypeAsync("Bitte einen Filter für Betriebe, die sonntags geöffnet haben.");
            await page.Locator("#Title").FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync("**/mitgestalten/*?erledigt=gesendet", new() { Timeout = 60_000 });
            Assert.Empty(await visit.AccessibilityViolationsAsync());
            Assert.Empty(visit.ForeignRequests());
            id = int.Parse(new Uri(page.Url).Segments[^1], CultureInfo.InvariantCulture);
        }

        var staffMail = await MailToAsync(staffAddress, title);
        Assert.Contains(title, staffMail.Subject, StringComparison.Ordinal);
        var receipt = await MailToAsync(site.Sender.Email!, title);
        Assert.Contains("eingegangen", receipt.Subject, StringComparison.Ordinal);

        await using (var visit = await site.OpenSignedInAsync(site.Voter))
        {
            var page = visit.Page;
            await visit.GotoAsync($"/mitgestalten/{id}");
            Assert.Empty(await visit.AccessibilityViolationsAsync());
            await page.GetByRole(AriaRole.Button, new() { Name = "Dafür stimmen" }).FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await page.Locator("main").GetByText("hat dafür gestimmt").First.WaitForAsync(new() { Timeout = 60_000 });
            Assert.Empty(await visit.AccessibilityViolationsAsync());
            Assert.Empty(visit.ForeignRequests());
        }

        await using (var visit = await site.OpenSignedInAsync(site.Staff))
        {
            var page = visit.Page;
            await visit.GotoAsync($"/verwaltung/mitgestalten/{id}");
            Assert.Empty(await visit.AccessibilityViolationsAsync());
            await page.Locator("#Status").FocusAsync();
            await page.Keyboard.PressAsync("ArrowDown");
            await page.Keyboard.PressAsync("ArrowDown");
            Assert.Equal("Planned", await page.Locator("#Status").InputValueAsync());
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.TypeAsync(Answer);
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync("**erledigt=status", new() { Timeout = 60_000 });
            Assert.Empty(await visit.AccessibilityViolationsAsync());
            Assert.Empty(visit.ForeignRequests());
        }

        await MailToAsync(site.Sender.Email!, Answer);
        await MailToAsync(site.Voter.Email!, Answer);
        // Anything sent twice would arrive right behind the first copy: give it time to show up.
        await Task.Delay(TimeSpan.FromSeconds(5));
        Assert.Single(MailsTo(site.Sender.Email!, Answer));
        Assert.Single(MailsTo(site.Voter.Email!, Answer));
        Assert.Single(MailsTo(staffAddress, title), m => m.Subject?.Contains("Neues Feedback", StringComparison.Ordinal) == true);

        await using (var visit = await site.OpenPageAsync())
        {
            await visit.GotoAsync("/mitgestalten");
            Assert.Contains(title, await visit.Page.Locator("#status-planned ~ ul").First.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Empty(await visit.AccessibilityViolationsAsync());
            await visit.GotoAsync($"/mitgestalten/{id}");
            Assert.Contains(Answer, await visit.Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Empty(await visit.AccessibilityViolationsAsync());
            Assert.Empty(visit.ForeignRequests());
        }
    }

    private List<MimeMessage> MailsTo(string recipient, string text) =>
        site.Smtp.Messages()
            .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, recipient, StringComparison.OrdinalIgnoreCase)))
            .Where(m => (m.Subject + "\n" + m.TextBody).Contains(text, StringComparison.Ordinal))
            .ToList();

    private async Task<MimeMessage> MailToAsync(string recipient, string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (MailsTo(recipient, text) is [var first, ..])
            {
                return first;
            }

            await Task.Delay(250);
        }

        throw new Xunit.Sdk.XunitException($"No mail to {recipient} mentioning \"{text}\" arrived within 60 s.");
    }

    /// <summary>Two businesses, a member of each, and a staff member.</summary>
    public sealed class Site : MailSiteFixture
    {
        public Member Sender { get; private set; } = null!;

        public Member Voter { get; private set; } = null!;

        public Member Staff { get; private set; } = null!;

        protected override async Task SeedAsync(IServiceProvider services)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HalloBotDbContext>();
            var bakery = new Category("Bäckerei");
            var florist = new Category("Blumen");
            var first = Listing("Bäckerei Rosenbaum", "baeckerei-rosenbaum", bakery);
            var second = Listing("Blumen Vonderort", "blumen-vonderort", florist);
            db.AddRange(bakery, florist, first, second);
            await db.SaveChangesAsync();

            Sender = await CreateMemberAsync(services, "rosenbaum@example.org", "Rita Rosenbaum");
            Voter = await CreateMemberAsync(services, "vonderort@example.org", "Volker Vonderort");
            Staff = await CreateMemberAsync(services, "amt@example.org", "Anna Amt", staff: true);
            db.ListingMemberships.AddRange(
                new ListingMembership(first.Id, Sender.Id, DateTime.UtcNow),
                new ListingMembership(second.Id, Voter.Id, DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        private static Listing Listing(string name, string slug, Category category)
        {
            var listing = new Listing(name, slug, new PostalAddress("Hochstraße 1", "46236", "Bottrop"), DateTime.UtcNow)
            {
                Status = ListingStatus.Published,
            };
            listing.SetCategories([category]);
            return listing;
        }
    }
}
