using System.Net.Http.Headers;
using HalloBot.Domain.Accounts;
using HalloBot.Domain.Categories;
using HalloBot.Domain.Media;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.Jobs.Images;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HalloBot.IntegrationTests.Photos;

/// <summary>The site with two published listings, a member of each and a staff member; the real photo job runs in it.</summary>
public sealed class PhotoApp : HalloBotAppFactory, IAsyncLifetime
{
    public int ListingA { get; private set; }
    public int ListingB { get; private set; }
    public string SlugA => "baeckerei-a";
    public Member MemberA { get; private set; } = null!;
    public Member MemberB { get; private set; } = null!;
    public Member Staff { get; private set; } = null!;

    public FileSystemMediaStore Media => Services.GetRequiredService<FileSystemMediaStore>();

    public async Task InitializeAsync()
    {
        await SeedAsync(db =>
        {
            var bakery = new Category("Bäckerei");
            db.Listings.AddRange(TestData.Listing("Bäckerei A", [bakery], slug: SlugA), TestData.Listing("Café B", [bakery], slug: "cafe-b"));
            return Task.CompletedTask;
        });
        ListingA = await QueryAsync(db => db.Listings.Where(l => l.Slug == SlugA).Select(l => l.Id).SingleAsync());
        ListingB = await QueryAsync(db => db.Listings.Where(l => l.Slug == "cafe-b").Select(l => l.Id).SingleAsync());
        MemberA = await this.CreateMemberAsync("anna@example.org", false, ListingA);
        MemberB = await this.CreateMemberAsync("bernd@example.org", false, ListingB);
        Staff = await this.CreateMemberAsync("stadt@example.org", staff: true);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public static string PageUrl(int listingId) => $"/betrieb/{listingId}/fotos";

    /// <summary>Posts files as the upload form does (with the page's antiforgery token), as a browser or as the script.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(
        HttpClient client, int listingId, IEnumerable<(string Name, byte[] Content, string Type)> files, IEnumerable<string>? altTexts = null,
        bool asScript = false, int? tokenListingId = null)
    {
        var token = await client.AntiforgeryTokenAsync(PageUrl(tokenListingId ?? listingId));
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, content, type) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(file, "fotos", name);
        }

        foreach (var altText in altTexts ?? [])
        {
            form.Add(new StringContent(altText), "beschreibungen");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, PageUrl(listingId)) { Content = form };
        if (asScript)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        return await client.SendAsync(request);
    }

    public Task<List<ListingPhoto>> PhotosAsync(int listingId) =>
        QueryAsync(db => db.ListingPhotos.AsNoTracking().Where(p => p.ListingId == listingId).OrderBy(p => p.Position).ToListAsync());

    /// <summary>Waits for the photo job to decide; fails after three minutes (the test machine is shared and often loaded far beyond its cores).</summary>
    public async Task<ListingPhoto> WaitUntilProcessedAsync(int photoId)
    {
        var until = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var photo = await QueryAsync(db => db.ListingPhotos.AsNoTracking().SingleAsync(p => p.Id == photoId));
            if (photo.Status != PhotoStatus.Processing)
            {
                return photo;
            }

            Assert.True(DateTime.UtcNow < until, $"Photo {photoId} was still processing after three minutes.");
            await Task.Delay(200);
        }
    }

    public bool OriginalExists(string key) => File.Exists(Path.Combine(Media.OriginalsFolder, key));

    public bool VariantsExist(string key) => Directory.Exists(Path.Combine(Media.PublicFolder, "photos", key));
}
