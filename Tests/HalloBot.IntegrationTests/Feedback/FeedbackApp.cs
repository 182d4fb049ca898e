using System.Globalization;
using System.Net;
using HalloBot.Domain.Categories;
using HalloBot.Domain.Listings;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.Tests.Shared;
using Microsoft.AspNetCore.Hosting;

namespace HalloBot.IntegrationTests.Feedback;

/// <summary>
/// The real site for the feedback tests: mail to <paramref name="smtp"/> (the pickup folder without one), and, when
/// given, a data folder of the test's own that outlives the app, so that a second app can start on the same data.
/// </summary>
/// <param name="fromAddress">The site's sender address; the SMTP sink refuses senders starting with "noauth" or "relaydenied".</param>
/// <param name="bounceAddress">Sets <c>HalloBot:Mail:Bounces:Address</c> and reads bounces from <see cref="BounceMaildir"/>.</param>
public sealed class FeedbackApp(SmtpServer? smtp = null, string? dataDirectory = null, int publicFormsLimit = 1000, string? fromAddress = null, string? bounceAddress = null) : HalloBotAppFactory
{
    public const string StaffAddress = "amt@bottrop.example";

    public string Data => dataDirectory ?? DataDirectory;

    public string BounceMaildir => Path.Combine(Data, "mail", "bounces");

    public string PickupDirectory => Path.Combine(Data, "mail", "pickup");

    /// <summary>Two businesses: the sender's and another one whose member votes.</summary>
    public async Task<(int Sender, int Other)> SeedBusinessesAsync()
    {
        var category = new Category("Einzelhandel");
        Listing sender = TestData.Listing("Bäckerei Kortmann", [category]), other = TestData.Listing("Radhaus Overbeck", [category]);
        await SeedAsync(db =>
        {
            db.Listings.AddRange(sender, other);
            return Task.CompletedTask;
        });
        return (sender.Id, other.Id);
    }

    public async Task<int> SeedListingAsync(string name)
    {
        var listing = TestData.Listing(name, [new Category("Kioske")]);
        await SeedAsync(db =>
        {
            db.Listings.Add(listing);
            return Task.CompletedTask;
        });
        return listing.Id;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (dataDirectory is not null)
        {
            builder.UseSetting("HalloBot:DataDirectory", dataDirectory);
        }

        builder.UseSetting("HalloBot:Mail:StaffAddress", StaffAddress);
        if (bounceAddress is not null)
        {
            builder.UseSetting("HalloBot:Mail:Bounces:Address", bounceAddress);
            builder.UseSetting("HalloBot:Mail:Bounces:Maildir", Path.Combine("mail", "bounces"));
        }

        if (fromAddress is not null)
        {
            builder.UseSetting("HalloBot:Mail:FromAddress", fromAddress);
        }

        // The tests send more forms than one visitor may in ten minutes, unless a test is about the limit.
        builder.UseSetting("HalloBot:RateLimits:PublicForms:PermitLimit", publicFormsLimit.ToString(CultureInfo.InvariantCulture));
        if (smtp is not null)
        {
            builder.UseSetting("HalloBot:Mail:Provider", "Smtp");
            builder.UseSetting("HalloBot:Mail:Smtp:Host", "127.0.0.1");
            builder.UseSetting("HalloBot:Mail:Smtp:Port", smtp.Port.ToString(CultureInfo.InvariantCulture));
            builder.UseSetting("HalloBot:Mail:Smtp:Security", "None");
            builder.UseSetting("HalloBot:Mail:Smtp:TimeoutSeconds", "5");
        }
    }
}

/// <summary>The feedback forms as a browser sends them.</summary>
public static class FeedbackForms
{
    /// <param name="showBusiness">False sends the form as a browser does with the box unticked: without the field.</param>
    public static Dictionary<string, string> Valid(int listingId, string title = "Suche nach Öffnungszeiten filtern", bool showBusiness = true)
    {
        var fields = new Dictionary<string, string>
        {
            ["Kind"] = "Idea",
            ["Area"] = "Search",
            ["Title"] = title,
            ["Text"] = "Es wäre schön, wenn man in der Suche nur Betriebe sehen könnte, die sonntags geöffnet haben.",
            ["ListingId"] = listingId.ToString(CultureInfo.InvariantCulture),
        };
        if (showBusiness)
        {
            fields["ShowBusiness"] = "true";
        }

        return fields;
    }

    public static Task<HttpResponseMessage> SendAsync(HttpClient client, IDictionary<string, string> fields) =>
        client.SubmitAsync("/mitgestalten/neu", fields, "form[action='/mitgestalten/neu']");

    /// <summary>Sends feedback and returns its id from the redirect to its page.</summary>
    public static async Task<int> SendValidAsync(HttpClient client, int listingId, string? title = null, bool showBusiness = true)
    {
        var response = await SendAsync(client, title is null ? Valid(listingId, showBusiness: showBusiness) : Valid(listingId, title, showBusiness));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("/mitgestalten/", location, StringComparison.Ordinal);
        return int.Parse(location["/mitgestalten/".Length..location.IndexOf('?', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
    }

    public static Task<HttpResponseMessage> VoteAsync(HttpClient client, int feedbackId, int listingId) =>
        client.SubmitAsync($"/mitgestalten/{feedbackId}", [new("VoteListingId", listingId.ToString(CultureInfo.InvariantCulture))], "form[action$='/stimme']");

    public static Task<HttpResponseMessage> ChangeStatusAsync(HttpClient staff, int feedbackId, string status, string answer) =>
        staff.SubmitAsync($"/verwaltung/mitgestalten/{feedbackId}", [new("Status", status), new("answer", answer)], "form[action$='/status']");
}

public static class FeedbackPosts
{
    /// <summary>Posts to <paramref name="action"/> with the antiforgery token of <paramref name="pageUrl"/>, for forms the page does not offer.</summary>
    public static async Task<HttpResponseMessage> PostAsync(this HttpClient client, string pageUrl, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await client.AntiforgeryTokenAsync(pageUrl);
        return await client.PostAsync(action, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]));
    }
}
