using HalloBot.Domain.Accounts;
using HalloBot.Domain.Categories;
using HalloBot.Domain.Offers;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Offers;

/// <summary>The site with two published listings, a member of each, staff, and one offer on listing A.</summary>
public sealed class OfferApp : HalloBotAppFactory, IAsyncLifetime
{
    public const string SlugA = "bioladen-a";
    public int ListingA { get; private set; }
    public int ListingB { get; private set; }
    public int OfferA { get; private set; }
    public Member MemberA { get; private set; } = null!;
    public Member MemberB { get; private set; } = null!;
    public Member Staff { get; private set; } = null!;

    /// <summary>The clock's day in Bottrop (1 June 2026).</summary>
    public static DateOnly Today => new(2026, 6, 1);

    public async Task InitializeAsync()
    {
        await SeedAsync(db =>
        {
            var shop = new Category("Bioladen");
            db.Listings.AddRange(TestData.Listing("Bioladen A", [shop], slug: SlugA), TestData.Listing("Hofladen B", [shop], slug: "hofladen-b"));
            return Task.CompletedTask;
        });
        ListingA = await QueryAsync(db => db.Listings.Where(l => l.Slug == SlugA).Select(l => l.Id).SingleAsync());
        ListingB = await QueryAsync(db => db.Listings.Where(l => l.Slug == "hofladen-b").Select(l => l.Id).SingleAsync());
        await SeedAsync(db =>
        {
            db.Offers.Add(new Offer(ListingA, "Honig aus Kirchhellen", OfferPrice.Fixed(690), Today, DefaultNow.UtcDateTime) { Description = "Blütenhonig, 500 g." });
            return Task.CompletedTask;
        });
        OfferA = await QueryAsync(db => db.Offers.Where(o => o.ListingId == ListingA).Select(o => o.Id).SingleAsync());
        MemberA = await this.CreateMemberAsync("anna@example.org", false, ListingA);
        MemberB = await this.CreateMemberAsync("bernd@example.org", false, ListingB);
        Staff = await this.CreateMemberAsync("stadt@example.org", staff: true);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public Task<List<Offer>> OffersAsync(int listingId) =>
        QueryAsync(db => db.Offers.AsNoTracking().Where(o => o.ListingId == listingId).OrderBy(o => o.Id).ToListAsync());

    public static Dictionary<string, string> ValidForm(string title = "Erdbeeren vom Feld") => new()
    {
        ["Title"] = title,
        ["Description"] = "Frisch gepflückt, 500 g Schale.",
        ["Price"] = "3,50 €",
        ["Availability"] = "Available",
        ["ValidFrom"] = "2026-06-01",
        ["ValidTo"] = "2026-06-30",
        ["IsReservable"] = "true",
        ["HoldDays"] = "2",
    };
}
