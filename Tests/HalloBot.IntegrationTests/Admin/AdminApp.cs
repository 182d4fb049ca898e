using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using HalloBot.Domain.Accounts;
using HalloBot.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace HalloBot.IntegrationTests.Admin;

/// <summary>
/// The real site for the admin tests. With <paramref name="quiet"/> no background work runs (no Hangfire server, no
/// outbox relay), so that outbox rows stay as a test leaves them and the status page can be compared with the database.
/// </summary>
public class AdminApp : HalloBotAppFactory
{
    private readonly bool _quiet;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private int _members;

    public AdminApp()
        : this(quiet: false)
    {
    }

    protected AdminApp(bool quiet, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _quiet = quiet;
        _settings = settings ?? new Dictionary<string, string?>();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_quiet)
        {
            builder.ConfigureTestServices(services => services.RemoveAll<IHostedService>());
        }
    }

    /// <summary>A client signed in as a new staff member (each call a new one, so that rate limits stay apart).</summary>
    public async Task<(HttpClient Client, Member Member)> StaffAsync()
    {
        var member = await this.CreateMemberAsync($"amt{Interlocked.Increment(ref _members)}@bottrop.de", staff: true);
        return (await this.CreateClientSignedInAsAsync(member), member);
    }

    public async Task<HttpClient> MemberClientAsync()
    {
        var member = await this.CreateMemberAsync($"laden{Interlocked.Increment(ref _members)}@example.org");
        return await this.CreateClientSignedInAsAsync(member);
    }
}

public static class AdminPages
{
    public static async Task<IHtmlDocument> ParseAsync(this HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} gave {(int)response.StatusCode}.");
        return await response.ParseAsync();
    }

    /// <summary>Follows the post-redirect-get of a successful change and returns the page it lands on.</summary>
    public static async Task<IHtmlDocument> FollowAsync(this HttpClient client, HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"Expected a redirect, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await client.GetPageAsync(response.Headers.Location!.OriginalString);
    }

    public static string Text(this IHtmlDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"Nothing matches {selector}.");

    /// <summary>The error messages the page shows (field errors and alerts).</summary>
    public static IReadOnlyList<string> Errors(this IHtmlDocument page) =>
        page.QuerySelectorAll(".admin-error").Select(e => e.TextContent.Trim()).ToList();

    public static string? Notice(this IHtmlDocument page) => page.QuerySelector(".admin-notice")?.TextContent.Trim();
}
