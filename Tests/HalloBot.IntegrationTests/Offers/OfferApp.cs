using System.Globalization;
using System.Net.Http.Headers;
using HalloBot.Domain.Accounts;
using HalloBot.Domain.Categories;
using HalloBot.Domain.Media;
using HalloBot.Domain.Offers;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.Jobs.Images;
using HalloBot.Domain.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

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

    private readonly OneShotSaveHook _beforePhotoSave = new(changes => changes.Entries<OfferPhoto>().Any(e => e.State == EntityState.Added));
    private readonly RequestTransactionWatch _transactions = new();

    /// <summary>
    /// Runs once, inside the site's next save that adds an offer photo, just before that save reaches the database: a
    /// test's stand-in for a second upload at that very moment.
    /// </summary>
    public void BeforeNextPhotoSave(Func<Task> action) => _beforePhotoSave.Arm(action);

    /// <summary>Completes when the site's handling of a request to <paramref name="path"/> begins a database transaction (before it has one).</summary>
    public Task TransactionStartingFor(string path) => _transactions.StartingFor(path);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // First of the context's configurations, so that the hook runs before the outbox interceptor opens a transaction.
        builder.ConfigureTestServices(services => services.AddFirstInterceptors(_beforePhotoSave, _transactions));
    }

    public Task<List<Offer>> OffersAsync(int listingId) =>
        QueryAsync(db => db.Offers.AsNoTracking().Where(o => o.ListingId == listingId).OrderBy(o => o.Id).ToListAsync());

    public FileSystemMediaStore Media => Services.GetRequiredService<FileSystemMediaStore>();

    public static string EditUrl(int listingId, int offerId) =>
        string.Create(CultureInfo.InvariantCulture, $"/betrieb/{listingId}/angebote/{offerId}");

    /// <summary>A current offer of its own, so that a test's photos do not meet another test's.</summary>
    public async Task<int> AddOfferAsync(int listingId, string title)
    {
        var offer = new Offer(listingId, title, OfferPrice.Fixed(990), Today, DefaultNow.UtcDateTime);
        await SeedAsync(db =>
        {
            db.Offers.Add(offer);
            return Task.CompletedTask;
        });
        return offer.Id;
    }

    /// <summary>Posts a photo as the offer page's upload form does, with the antiforgery token of the page the token is taken from.</summary>
    public static async Task<HttpResponseMessage> UploadPhotoAsync(
        HttpClient client, int listingId, int offerId, string fileName, byte[] content, string type, string altText, string? tokenPage = null) =>
        await UploadPhotoWithTokenAsync(client, listingId, offerId, fileName, content, type, altText,
            await client.AntiforgeryTokenAsync(tokenPage ?? EditUrl(listingId, offerId)));

    /// <summary>Posts a photo with an antiforgery token taken earlier.</summary>
    public static async Task<HttpResponseMessage> UploadPhotoWithTokenAsync(
        HttpClient client, int listingId, int offerId, string fileName, byte[] content, string type, string altText, string token)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        using var form = new MultipartFormDataContent
        {
            { file, "foto", fileName },
            { new StringContent(altText), "beschreibung" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        return await client.PostAsync(EditUrl(listingId, offerId) + "/fotos", form);
    }

    public Task<List<OfferPhoto>> PhotosAsync(int offerId) =>
        QueryAsync(db => db.OfferPhotos.AsNoTracking().Where(p => p.OfferId == offerId).OrderBy(p => p.Position).ToListAsync());

    /// <summary>Waits for the photo job to decide; fails after three minutes (the test machine is shared and often loaded).</summary>
    public async Task<OfferPhoto> WaitUntilProcessedAsync(int photoId)
    {
        var until = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var photo = await QueryAsync(db => db.OfferPhotos.AsNoTracking().SingleAsync(p => p.Id == photoId));
            if (photo.Status != PhotoStatus.Processing)
            {
                return photo;
            }

            Assert.True(DateTime.UtcNow < until, $"Offer photo {photoId} was still processing after three minutes.");
            await Task.Delay(200);
        }
    }

    public int OriginalCount() => Directory.Exists(Media.OriginalsFolder) ? Directory.GetFiles(Media.OriginalsFolder).Length : 0;

    public bool OriginalExists(string key) => File.Exists(Path.Combine(Media.OriginalsFolder, key));

    public bool VariantsExist(string key) => Directory.Exists(Path.Combine(Media.PublicFolder, "photos", key));

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
