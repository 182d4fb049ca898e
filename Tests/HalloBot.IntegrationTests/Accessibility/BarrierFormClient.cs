using AngleSharp;
using AngleSharp.Dom;
using HalloBot.Domain.Mail;
using HalloBot.IntegrationTests.Indexing;
using HalloBot.IntegrationTests.Infrastructure;
using HalloBot.Web.Features.Accessibility;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace HalloBot.IntegrationTests.Accessibility;

/// <summary>The site with its own data folder, a staff address of its own and a rate limit the tests can reach.</summary>
public sealed class AccessibilityApp : HalloBotAppFactory
{
    public const string StaffAddress = "barrierefrei@bottrop.example";
    public const int ReportsPerHour = 3;

    public string PickupFolder => Path.Combine(DataDirectory, "mail", "pickup");

    /// <summary>The barrier reports queued for staff, oldest first.</summary>
    public Task<List<OutgoingMail>> ReportsAsync() => QueryAsync(db => db.OutgoingMails.AsNoTracking()
        .Where(m => m.Kind == MailQueueBarrierReportSink.Kind).OrderBy(m => m.Id).ToListAsync());

    /// <summary>The mail as the pickup folder received it, once the queue has sent it.</summary>
    public async Task<MimeMessage> DeliveredAsync()
    {
        await Eventually.HoldsAsync(
            () => Task.FromResult(Directory.Exists(PickupFolder) && Directory.GetFiles(PickupFolder, "*.eml").Length == 1),
            "the report is in the pickup folder");
        return await MimeMessage.LoadAsync(Directory.GetFiles(PickupFolder, "*.eml").Single());
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects.</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("HalloBot:Mail:StaffAddress", StaffAddress);
        builder.UseSetting("HalloBot:Accessibility:ReportsPerHour", ReportsPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

public static class Html
{
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(response.Content.ReadAsStream()));

    /// <summary>Fetches the statement as a browser would and posts the form with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostReportAsync(HttpClient client, IDictionary<string, string> fields, string query = "")
    {
        var page = await ParseAsync(await client.GetAsync(new Uri("/barrierefreiheit" + query, UriKind.Relative)));
        var token = page.QuerySelector("form.form input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("The form has no antiforgery token.");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri("/barrierefreiheit" + query, UriKind.Relative), content);
    }

    public static Dictionary<string, string> ValidReport(string? email = "anna@example.org") => new()
    {
        ["PageUrl"] = "/suche?q=b%C3%A4cker",
        ["Description"] = "Die Trefferliste wird vom Screenreader nicht als Liste vorgelesen.",
        ["Email"] = email ?? "",
        ["Website"] = "",
    };
}
