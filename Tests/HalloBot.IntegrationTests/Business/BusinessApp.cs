using HalloBot.Domain.Categories;
using HalloBot.Domain.Districts;
using HalloBot.Domain.Listings;
using HalloBot.Domain.Mail;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HalloBot.IntegrationTests.Business;

/// <summary>
/// The real site with two published businesses, A ("Bäckerei Anton") and B ("Café Berta"), two categories and a
/// district; mails are read from the queue the site writes them to.
/// </summary>
public sealed class BusinessApp : HalloBotAppFactory
{
    public int ListingA { get; private set; }
    public int ListingB { get; private set; }
    public int Bakery { get; private set; }
    public int Cafe { get; private set; }
    public int Kirchhellen { get; private set; }

    public static async Task<BusinessApp> StartAsync()
    {
        var app = new BusinessApp();
        Listing? a = null, b = null;
        Category? bakery = null, cafe = null;
        District? kirchhellen = null;
        await app.SeedAsync(db =>
        {
            bakery = new Category("Bäckerei");
            cafe = new Category("Café");
            kirchhellen = new District("Kirchhellen");
            a = TestData.Listing("Bäckerei Anton", [bakery], district: kirchhellen, openingHours: "Mo-Fr 07:00-18:00");
            b = TestData.Listing("Café Berta", [cafe]);
            db.AddRange(bakery, cafe, kirchhellen, a, b);
            return Task.CompletedTask;
        });
        (app.ListingA, app.ListingB) = (a!.Id, b!.Id);
        (app.Bakery, app.Cafe, app.Kirchhellen) = (bakery!.Id, cafe!.Id, kirchhellen!.Id);
        return app;
    }

    public Task<Listing> ListingAsync(int id) =>
        QueryAsync(db => db.Listings.AsNoTracking()
            .Include(l => l.Categories).ThenInclude(c => c.Category)
            .Include(l => l.District)
            .Include(l => l.FormerSlugs)
            .SingleAsync(l => l.Id == id));

    public Task<List<OutgoingMail>> MailsToAsync(string recipient) =>
        QueryAsync(db => db.OutgoingMails.AsNoTracking().Where(m => m.Recipient == recipient).OrderBy(m => m.Id).ToListAsync());

    public static string EditPath(int id) => $"/betrieb/{id}/bearbeiten";
    public static string AuditPath(int id) => $"/betrieb/{id}/verlauf";
    public static string MembersPath(int id) => $"/betrieb/{id}/mitglieder";
}
